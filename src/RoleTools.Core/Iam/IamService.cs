using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Iam
{
    /// <summary>
    /// The emulated IAM API over a store: one method per IAM operation, each taking the SDK's request
    /// type and returning its response type. Every change runs in one store transaction, so a call that
    /// throws leaves the store unchanged.
    /// </summary>
    public sealed partial class IamService
    {
        private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

        private const string RoleColumns =
            "role_id AS RoleId, role_name AS RoleName, path AS Path, arn AS Arn, assume_role_policy AS AssumeRolePolicy, " +
            "description AS Description, max_session_duration AS MaxSessionDuration, permissions_boundary AS PermissionsBoundary, " +
            "create_date AS CreateDate, last_used_date AS LastUsedDate, last_used_region AS LastUsedRegion";

        public IamService(RoleToolsStore store)
        {
            Store = store ?? throw new ArgumentNullException(nameof(store));
        }

        public RoleToolsStore Store { get; }

        internal static string FormatDate(DateTime value) => value.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture);

        internal static DateTime? ParseDate(string value) =>
            value == null ? (DateTime?)null : DateTime.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

        private static RoleRow FindRole(StoreSession session, string roleName) =>
            session.QuerySingleOrDefault<RoleRow>($"SELECT {RoleColumns} FROM iam_roles WHERE role_name_lower = @name", new { name = roleName.ToLowerInvariant() })
            ?? throw IamErrors.NoSuchRole(roleName);

        private static List<Tag> ReadTags(StoreSession session, string table, string idColumn, string id)
        {
            List<Tag> tags = session.Query<Tag>($"SELECT key AS Key, value AS Value FROM {table} WHERE {idColumn} = @id ORDER BY position", new { id }).ToList();
            return tags.Count == 0 ? null : tags;
        }

        /// <summary>
        /// Checks a tag list for keys repeated case-insensitively and writes it to <paramref name="table"/>,
        /// replacing existing tags with the same key and keeping at most 50.
        /// </summary>
        private static void MergeTags(StoreSession session, string table, string idColumn, string id, IList<Tag> tags, string quotaName)
        {
            if (tags == null || tags.Count == 0)
            {
                return;
            }

            if (tags.Select(t => t.Key.ToLowerInvariant()).Distinct().Count() != tags.Count)
            {
                throw IamErrors.DuplicateTagKeys();
            }

            int position = session.ExecuteScalar<int>($"SELECT coalesce(max(position), 0) FROM {table} WHERE {idColumn} = @id", new { id });
            foreach (Tag tag in tags)
            {
                position++;
                session.Execute(
                    $"INSERT INTO {table} ({idColumn}, key, key_lower, value, position) VALUES (@id, @key, @keyLower, @value, @position) " +
                    "ON CONFLICT DO UPDATE SET key = excluded.key, value = excluded.value",
                    new { id, key = tag.Key, keyLower = tag.Key.ToLowerInvariant(), value = tag.Value, position });
            }

            if (session.ExecuteScalar<int>($"SELECT count(*) FROM {table} WHERE {idColumn} = @id", new { id }) > IamQuotas.TagsPerResource)
            {
                throw IamErrors.Quota(quotaName, IamQuotas.TagsPerResource);
            }
        }

        private static List<Tag> CopyTags(IList<Tag> tags) =>
            tags == null || tags.Count == 0 ? null : tags.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();

        /// <summary>
        /// Cuts one page from <paramref name="items"/>, which are sorted by the unique <paramref name="sortKey"/>.
        /// The marker is the sort key of the first item of the next page, Base64-encoded, so paging stays
        /// correct when items before the marker are deleted between calls.
        /// </summary>
        private static Page<T> Paginate<T>(IEnumerable<T> items, Func<T, string> sortKey, string marker, int? maxItems)
        {
            IEnumerable<T> remaining = items;
            if (marker != null)
            {
                string after = DecodeMarker(marker);
                remaining = items.Where(item => string.CompareOrdinal(sortKey(item), after) >= 0);
            }

            int size = maxItems ?? IamQuotas.DefaultMaxItems;
            List<T> window = remaining.Take(size + 1).ToList();
            bool truncated = window.Count > size;
            return new Page<T>
            {
                Items = window.Take(size).ToList(),
                IsTruncated = truncated,
                Marker = truncated ? Convert.ToBase64String(Encoding.UTF8.GetBytes(sortKey(window[size]))) : null,
            };
        }

        private static string DecodeMarker(string marker)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(marker));
            }
            catch (FormatException)
            {
                throw IamErrors.InvalidMarker();
            }
        }

        private sealed class Page<T>
        {
            public List<T> Items { get; set; }

            public bool IsTruncated { get; set; }

            public string Marker { get; set; }
        }

        private sealed class RoleRow
        {
            public string RoleId { get; set; }

            public string RoleName { get; set; }

            public string Path { get; set; }

            public string Arn { get; set; }

            public string AssumeRolePolicy { get; set; }

            public string Description { get; set; }

            public long MaxSessionDuration { get; set; }

            public string PermissionsBoundary { get; set; }

            public string CreateDate { get; set; }

            public string LastUsedDate { get; set; }

            public string LastUsedRegion { get; set; }

            /// <summary>Returns the role as ListRoles and instance profiles show it: no tags, boundary or last use.</summary>
            public Role ToListedRole() => new Role
            {
                Arn = Arn,
                AssumeRolePolicyDocument = IamIdentifiers.EncodeDocument(AssumeRolePolicy),
                CreateDate = ParseDate(CreateDate),
                Description = Description,
                MaxSessionDuration = (int)MaxSessionDuration,
                Path = Path,
                RoleId = RoleId,
                RoleName = RoleName,
            };

            /// <summary>Returns the role as GetRole shows it, with tags, permissions boundary and last use.</summary>
            public Role ToFullRole(List<Tag> tags)
            {
                Role role = ToListedRole();
                role.Tags = tags;
                role.RoleLastUsed = new RoleLastUsed { LastUsedDate = ParseDate(LastUsedDate), Region = LastUsedRegion };
                if (PermissionsBoundary != null)
                {
                    role.PermissionsBoundary = new AttachedPermissionsBoundary
                    {
                        PermissionsBoundaryArn = PermissionsBoundary,
                        PermissionsBoundaryType = Amazon.IdentityManagement.PermissionsBoundaryAttachmentType.PermissionsBoundaryPolicy,
                    };
                }

                return role;
            }
        }
    }
}
