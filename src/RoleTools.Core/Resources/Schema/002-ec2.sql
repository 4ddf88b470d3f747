-- EC2 entities, per region. State columns contain the state reached by the last change and when it began.
-- Readers complete pending transitions once the store's transition delay has passed on the emulated clock.
CREATE TABLE ec2_reservations (
    reservation_id TEXT PRIMARY KEY NOT NULL,
    region         TEXT NOT NULL,
    owner_id       TEXT NOT NULL,
    requester_id   TEXT,
    client_token   TEXT,
    request_hash   TEXT,
    create_time    TEXT NOT NULL
);
CREATE UNIQUE INDEX ec2_reservations_client_token ON ec2_reservations (region, client_token) WHERE client_token IS NOT NULL;

CREATE TABLE ec2_instances (
    instance_id           TEXT PRIMARY KEY NOT NULL,
    reservation_id        TEXT NOT NULL REFERENCES ec2_reservations (reservation_id),
    region                TEXT NOT NULL,
    ami_launch_index      INTEGER NOT NULL,
    image_id              TEXT NOT NULL,
    instance_type         TEXT NOT NULL,
    key_name              TEXT,
    subnet_id             TEXT,
    vpc_id                TEXT,
    availability_zone     TEXT NOT NULL,
    private_ip_address    TEXT NOT NULL,
    mac_address           TEXT NOT NULL,
    launch_time           TEXT NOT NULL,
    state                 TEXT NOT NULL,
    state_changed_at      TEXT NOT NULL,
    state_transition_reason TEXT,
    state_reason_code     TEXT,
    user_data             TEXT, -- base64, as RunInstances takes it
    client_token          TEXT,
    http_tokens           TEXT NOT NULL DEFAULT 'optional',
    http_endpoint         TEXT NOT NULL DEFAULT 'enabled',
    http_put_response_hop_limit INTEGER NOT NULL DEFAULT 1,
    http_protocol_ipv6    TEXT NOT NULL DEFAULT 'disabled',
    instance_metadata_tags TEXT NOT NULL DEFAULT 'disabled',
    metadata_options_changed_at TEXT,
    -- Launch settings that no rule reads (security groups, block devices, monitoring, ...), as JSON.
    details_json          TEXT NOT NULL DEFAULT '{}',
    terminated_at         TEXT
);
CREATE INDEX ec2_instances_region_state ON ec2_instances (region, state);
CREATE INDEX ec2_instances_reservation ON ec2_instances (reservation_id);
-- A launch checks each candidate private address against the region's instances.
CREATE INDEX ec2_instances_address ON ec2_instances (region, private_ip_address);

CREATE TABLE ec2_tags (
    resource_id TEXT NOT NULL,
    key         TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (resource_id, key)
) WITHOUT ROWID;
CREATE INDEX ec2_tags_key ON ec2_tags (key, value);

CREATE TABLE ec2_iam_associations (
    association_id      TEXT PRIMARY KEY NOT NULL,
    instance_id         TEXT NOT NULL REFERENCES ec2_instances (instance_id),
    region              TEXT NOT NULL,
    instance_profile_arn TEXT NOT NULL,
    instance_profile_id TEXT NOT NULL,
    state               TEXT NOT NULL,
    state_changed_at    TEXT NOT NULL,
    created_at          TEXT NOT NULL
);
CREATE INDEX ec2_iam_associations_instance ON ec2_iam_associations (instance_id, state);
-- Every association change first purges finished disassociations by state.
CREATE INDEX ec2_iam_associations_state ON ec2_iam_associations (state);
