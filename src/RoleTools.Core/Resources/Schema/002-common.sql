-- Credential profiles and session defaults kept by the AWS.Tools.Common cmdlets (Set-AWSCredential -StoreAs).
-- They live in the store, never in ~/.aws or the SDK's encrypted store, and are never sent anywhere.
CREATE TABLE aws_credential_profiles (
    profile_name      TEXT PRIMARY KEY NOT NULL,
    access_key_id     TEXT,
    secret_access_key TEXT,
    session_token     TEXT,
    region            TEXT,
    created_at        TEXT NOT NULL
) WITHOUT ROWID;
