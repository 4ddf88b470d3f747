-- Store-wide settings as key/value text: account ID, default region, clock offset, transition delays.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES
    ('account_id', '123456789012'),
    ('default_region', 'us-east-1'),
    ('clock_offset_seconds', '0'),
    ('transition_delay_seconds', '0');
