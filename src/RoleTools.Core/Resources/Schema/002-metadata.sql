-- Temporary credentials served by the metadata endpoint, per instance and role.
CREATE TABLE imds_credentials (
    instance_id       TEXT NOT NULL,
    role_id           TEXT NOT NULL,
    access_key_id     TEXT NOT NULL UNIQUE,
    secret_access_key TEXT NOT NULL,
    session_token     TEXT NOT NULL,
    issued_at         TEXT NOT NULL,
    expires_at        TEXT NOT NULL,
    PRIMARY KEY (instance_id, role_id, issued_at)
) WITHOUT ROWID;

-- Secret used to sign IMDSv2 session tokens (HMAC), per store, generated on first use.
CREATE TABLE imds_secrets (
    name  TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) WITHOUT ROWID;
