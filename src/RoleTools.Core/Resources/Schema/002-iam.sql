-- IAM entities. Names are unique case-insensitively, so each name has a lower-cased twin with a UNIQUE index.
-- Times are ISO-8601 UTC text ("yyyy-MM-ddTHH:mm:ss.fffZ") on the emulated clock.
CREATE TABLE iam_roles (
    role_id              TEXT PRIMARY KEY NOT NULL,
    role_name            TEXT NOT NULL,
    role_name_lower      TEXT NOT NULL UNIQUE,
    path                 TEXT NOT NULL,
    arn                  TEXT NOT NULL UNIQUE,
    assume_role_policy   TEXT NOT NULL,
    description          TEXT,
    max_session_duration INTEGER NOT NULL DEFAULT 3600,
    permissions_boundary TEXT,
    create_date          TEXT NOT NULL,
    last_used_date       TEXT,
    last_used_region     TEXT
);

CREATE TABLE iam_role_tags (
    role_id   TEXT NOT NULL REFERENCES iam_roles (role_id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    key_lower TEXT NOT NULL,
    value     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (role_id, key_lower)
) WITHOUT ROWID;

CREATE TABLE iam_role_inline_policies (
    role_id           TEXT NOT NULL REFERENCES iam_roles (role_id) ON DELETE RESTRICT,
    policy_name       TEXT NOT NULL,
    policy_name_lower TEXT NOT NULL,
    document          TEXT NOT NULL,
    PRIMARY KEY (role_id, policy_name_lower)
) WITHOUT ROWID;

CREATE TABLE iam_managed_policies (
    policy_id          TEXT PRIMARY KEY NOT NULL,
    arn                TEXT NOT NULL UNIQUE,
    policy_name        TEXT NOT NULL,
    path               TEXT NOT NULL,
    description        TEXT,
    default_version_id TEXT NOT NULL,
    is_aws_managed     INTEGER NOT NULL DEFAULT 0,
    create_date        TEXT NOT NULL,
    update_date        TEXT NOT NULL
);
CREATE UNIQUE INDEX iam_managed_policies_local_name ON iam_managed_policies (lower(policy_name)) WHERE is_aws_managed = 0;

CREATE TABLE iam_policy_versions (
    policy_id   TEXT NOT NULL REFERENCES iam_managed_policies (policy_id) ON DELETE CASCADE,
    version_id  TEXT NOT NULL,
    document    TEXT NOT NULL,
    create_date TEXT NOT NULL,
    PRIMARY KEY (policy_id, version_id)
) WITHOUT ROWID;

CREATE TABLE iam_policy_tags (
    policy_id TEXT NOT NULL REFERENCES iam_managed_policies (policy_id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    key_lower TEXT NOT NULL,
    value     TEXT NOT NULL,
    position  INTEGER NOT NULL,
    PRIMARY KEY (policy_id, key_lower)
) WITHOUT ROWID;

CREATE TABLE iam_role_attached_policies (
    role_id     TEXT NOT NULL REFERENCES iam_roles (role_id) ON DELETE RESTRICT,
    policy_id   TEXT NOT NULL REFERENCES iam_managed_policies (policy_id) ON DELETE RESTRICT,
    attached_at TEXT NOT NULL,
    PRIMARY KEY (role_id, policy_id)
) WITHOUT ROWID;
CREATE INDEX iam_role_attached_policies_policy ON iam_role_attached_policies (policy_id);

CREATE TABLE iam_instance_profiles (
    instance_profile_id   TEXT PRIMARY KEY NOT NULL,
    instance_profile_name TEXT NOT NULL,
    name_lower            TEXT NOT NULL UNIQUE,
    path                  TEXT NOT NULL,
    arn                   TEXT NOT NULL UNIQUE,
    create_date           TEXT NOT NULL
);

CREATE TABLE iam_instance_profile_tags (
    instance_profile_id TEXT NOT NULL REFERENCES iam_instance_profiles (instance_profile_id) ON DELETE CASCADE,
    key                 TEXT NOT NULL,
    key_lower           TEXT NOT NULL,
    value               TEXT NOT NULL,
    position            INTEGER NOT NULL,
    PRIMARY KEY (instance_profile_id, key_lower)
) WITHOUT ROWID;

-- An instance profile contains at most one role, which the primary key on the profile enforces.
CREATE TABLE iam_instance_profile_roles (
    instance_profile_id TEXT PRIMARY KEY NOT NULL REFERENCES iam_instance_profiles (instance_profile_id) ON DELETE RESTRICT,
    role_id             TEXT NOT NULL REFERENCES iam_roles (role_id) ON DELETE RESTRICT
) WITHOUT ROWID;
CREATE INDEX iam_instance_profile_roles_role ON iam_instance_profile_roles (role_id);
