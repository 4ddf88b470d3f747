using System.Linq;
using Amazon.IdentityManagement.Model;

namespace RoleTools.Core.Iam
{
    public sealed partial class IamService
    {
        /// <summary>TagRole: adds tags to a role, replacing the value of a key it already has (keys compare case-insensitively).</summary>
        public TagRoleResponse TagRole(TagRoleRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Tags(request.Tags, required: true).ThrowIfInvalid();
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                MergeTags(session, "iam_role_tags", "role_id", role.RoleId, request.Tags, "TagsPerRole");
            });
            return new TagRoleResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>ListRoleTags: the role's tags in the order they were added, one page.</summary>
        public ListRoleTagsResponse ListRoleTags(ListRoleTagsRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            return Store.Read(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                var tags = session.Query<(string Key, string Value, long Position)>(
                        "SELECT key, value, position FROM iam_role_tags WHERE role_id = @id ORDER BY position", new { id = role.RoleId })
                    .ToList();
                Page<(string Key, string Value, long Position)> page = Paginate(tags, t => t.Position.ToString("D19", System.Globalization.CultureInfo.InvariantCulture), request.Marker, request.MaxItems);
                return new ListRoleTagsResponse
                {
                    Tags = page.Items.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>UntagRole: removes the named tag keys, compared case-insensitively. Keys the role lacks are ignored.</summary>
        public UntagRoleResponse UntagRole(UntagRoleRequest request)
        {
            new IamValidation().RoleName(request.RoleName).TagKeys(request.TagKeys).ThrowIfInvalid();
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                foreach (string key in request.TagKeys)
                {
                    session.Execute("DELETE FROM iam_role_tags WHERE role_id = @id AND key_lower = @keyLower", new { id = role.RoleId, keyLower = key.ToLowerInvariant() });
                }
            });
            return new UntagRoleResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }
    }
}
