-- Temporary credentials served by the metadata endpoint, per instance, role and delivery: EC2 gives
-- IMDSv1 (role_delivery 1) and IMDSv2 (role_delivery 2) requests different credentials. The instance
-- identity credentials use the role_id 'ec2-instance', which no IAM role ID can take.
CREATE TABLE imds_credentials (
    instance_id       TEXT NOT NULL,
    role_id           TEXT NOT NULL,
    role_delivery     INTEGER NOT NULL,
    access_key_id     TEXT NOT NULL UNIQUE,
    secret_access_key TEXT NOT NULL,
    session_token     TEXT NOT NULL,
    issued_at         TEXT NOT NULL,
    expires_at        TEXT NOT NULL,
    PRIMARY KEY (instance_id, role_id, role_delivery, issued_at)
) WITHOUT ROWID;

-- Secret used to sign IMDSv2 session tokens (HMAC), per store, generated on first use.
CREATE TABLE imds_secrets (
    name  TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
) WITHOUT ROWID;

-- Running metadata endpoint processes, one per instance. Each process adds its row once it listens
-- and removes it when it stops. Readers check the process ID and start time to skip stale rows.
CREATE TABLE imds_endpoints (
    instance_id        TEXT PRIMARY KEY NOT NULL,
    process_id         INTEGER NOT NULL,
    process_started_at TEXT NOT NULL,
    url                TEXT NOT NULL,
    port               INTEGER NOT NULL,
    addresses          TEXT NOT NULL,
    log_path           TEXT,
    started_at         TEXT NOT NULL
) WITHOUT ROWID;
