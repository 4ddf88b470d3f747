using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using RoleTools.Core.Ec2;
using RoleTools.Core.Store;

namespace RoleTools.Core.Metadata
{
    /// <summary>Reads an <see cref="InstanceView"/> from the store, with pending state transitions completed.</summary>
    public static class InstanceReader
    {
        /// <summary>Reads the instance, or returns null when the store has no instance with that ID.</summary>
        public static InstanceView Read(StoreSession session, string instanceId)
        {
            InstanceRow row = session.QuerySingleOrDefault<InstanceRow>(
                @"SELECT instance_id, region, reservation_id, image_id, instance_type, availability_zone, private_ip_address,
                         mac_address, ami_launch_index, key_name, subnet_id, vpc_id, launch_time, state, state_changed_at,
                         user_data, http_tokens, http_endpoint, http_put_response_hop_limit, instance_metadata_tags, details_json
                  FROM ec2_instances WHERE instance_id = @instanceId",
                new { instanceId });
            if (row == null)
            {
                return null;
            }

            TimeSpan delay = session.TransitionDelay;
            DateTime now = session.Now;
            var view = new InstanceView
            {
                InstanceId = row.instance_id,
                AccountId = session.AccountId,
                Region = row.region,
                ReservationId = row.reservation_id,
                ImageId = row.image_id,
                InstanceType = row.instance_type,
                AvailabilityZone = row.availability_zone,
                PrivateIpAddress = row.private_ip_address,
                MacAddress = row.mac_address,
                AmiLaunchIndex = (int)row.ami_launch_index,
                KeyName = row.key_name,
                SubnetId = row.subnet_id,
                VpcId = row.vpc_id,
                LaunchTime = ParseTime(row.launch_time),
                State = InstanceLifecycle.Effective(row.state, ParseTime(row.state_changed_at), now, delay).Name,
                UserData = row.user_data,
                HttpTokens = row.http_tokens,
                HttpEndpoint = row.http_endpoint,
                HttpPutResponseHopLimit = (int)row.http_put_response_hop_limit,
                InstanceMetadataTags = row.instance_metadata_tags,
                Tags = session.Query<TagRow>("SELECT key, value FROM ec2_tags WHERE resource_id = @instanceId ORDER BY key", new { instanceId })
                    .Select(tag => new KeyValuePair<string, string>(tag.key, tag.value))
                    .ToList(),
                Profile = ReadActiveProfile(session, instanceId),
            };
            ReadSecurityGroups(row.details_json, view);
            return view;
        }

        private static AttachedProfile ReadActiveProfile(StoreSession session, string instanceId)
        {
            ActiveAssociation association = Ec2Service.FindActiveAssociation(session, instanceId);
            if (association == null)
            {
                return null;
            }

            var profile = new AttachedProfile
            {
                AssociationId = association.AssociationId,
                InstanceProfileArn = association.InstanceProfileArn,
                InstanceProfileId = association.InstanceProfileId,
                AssociatedAt = association.AssociatedSince,
                ProfileExists = session.ExecuteScalar<long>(
                    "SELECT count(*) FROM iam_instance_profiles WHERE instance_profile_id = @id", new { id = association.InstanceProfileId }) > 0,
            };
            profile.Role = session.QuerySingleOrDefault<RoleRow>(
                    @"SELECT r.role_id, r.role_name, r.arn, r.assume_role_policy
                      FROM iam_instance_profile_roles pr JOIN iam_roles r ON r.role_id = pr.role_id
                      WHERE pr.instance_profile_id = @id",
                    new { id = association.InstanceProfileId })
                ?.ToRole();
            return profile;
        }

        /// <summary>
        /// Reads security groups from the launch settings JSON, which keeps the EC2 API shape
        /// (<c>SecurityGroups: [{GroupName, GroupId}]</c>).
        /// </summary>
        private static void ReadSecurityGroups(string detailsJson, InstanceView view)
        {
            if (string.IsNullOrWhiteSpace(detailsJson))
            {
                return;
            }

            try
            {
                using (JsonDocument document = JsonDocument.Parse(detailsJson))
                {
                    if (document.RootElement.ValueKind != JsonValueKind.Object
                        || !document.RootElement.TryGetProperty("SecurityGroups", out JsonElement groups)
                        || groups.ValueKind != JsonValueKind.Array)
                    {
                        return;
                    }

                    var names = new List<string>();
                    var ids = new List<string>();
                    foreach (JsonElement group in groups.EnumerateArray())
                    {
                        if (group.ValueKind != JsonValueKind.Object)
                        {
                            continue;
                        }

                        if (group.TryGetProperty("GroupName", out JsonElement name) && name.ValueKind == JsonValueKind.String)
                        {
                            names.Add(name.GetString());
                        }

                        if (group.TryGetProperty("GroupId", out JsonElement id) && id.ValueKind == JsonValueKind.String)
                        {
                            ids.Add(id.GetString());
                        }
                    }

                    view.SecurityGroupNames = names;
                    view.SecurityGroupIds = ids;
                }
            }
            catch (JsonException)
            {
                // Launch settings that are not JSON carry no security groups for the metadata tree.
            }
        }

        internal static DateTime ParseTime(string text) =>
            string.IsNullOrEmpty(text)
                ? DateTime.MinValue
                : DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        // Dapper maps columns to these by name, so the property names follow the column names.
#pragma warning disable IDE1006
        private sealed class InstanceRow
        {
            public string instance_id { get; set; }
            public string region { get; set; }
            public string reservation_id { get; set; }
            public string image_id { get; set; }
            public string instance_type { get; set; }
            public string availability_zone { get; set; }
            public string private_ip_address { get; set; }
            public string mac_address { get; set; }
            public long ami_launch_index { get; set; }
            public string key_name { get; set; }
            public string subnet_id { get; set; }
            public string vpc_id { get; set; }
            public string launch_time { get; set; }
            public string state { get; set; }
            public string state_changed_at { get; set; }
            public string user_data { get; set; }
            public string http_tokens { get; set; }
            public string http_endpoint { get; set; }
            public long http_put_response_hop_limit { get; set; }
            public string instance_metadata_tags { get; set; }
            public string details_json { get; set; }
        }

        private sealed class TagRow
        {
            public string key { get; set; }
            public string value { get; set; }
        }

        private sealed class RoleRow
        {
            public string role_id { get; set; }
            public string role_name { get; set; }
            public string arn { get; set; }
            public string assume_role_policy { get; set; }

            public AttachedRole ToRole() => new AttachedRole { RoleId = role_id, RoleName = role_name, Arn = arn, AssumeRolePolicy = assume_role_policy };
        }
#pragma warning restore IDE1006
    }
}
