-- Credential profiles written by the AWS.Tools.Common cmdlets (Set-AWSCredential -StoreAs,
-- Initialize-AWSDefaultConfiguration). They live only in this store, never in ~/.aws or the SDK's
-- encrypted store, and no cmdlet sends them anywhere.
-- profile_location is '' for the default profile store, or the full path given to -ProfileLocation:
-- such a path only names a separate set of profiles, and no file is read or written there.
-- Profile names are case-sensitive, as in the AWS SDK's credential files.
CREATE TABLE aws_credential_profiles (
    profile_location  TEXT NOT NULL DEFAULT '',
    profile_name      TEXT NOT NULL,
    access_key_id     TEXT,
    secret_access_key TEXT,
    session_token     TEXT,
    region            TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (profile_location, profile_name)
) WITHOUT ROWID;
