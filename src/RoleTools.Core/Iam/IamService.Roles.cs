using System.Linq;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Policies;
using RoleTools.Core.Store;

namespace RoleTools.Core.Iam
{
    public sealed partial class IamService
    {
        /// <summary>CreateRole: validates the request and trust policy, then stores the role with its tags.</summary>
        public CreateRoleResponse CreateRole(CreateRoleRequest request)
        {
            new IamValidation()
                .EntityPath(request.Path)
                .RoleName(request.RoleName)
                .Document("assumeRolePolicyDocument", request.AssumeRolePolicyDocument)
                .RoleDescription(request.Description)
                .Range("maxSessionDuration", request.MaxSessionDuration, 3600, 43200)
                .OptionalArn("permissionsBoundary", request.PermissionsBoundary)
                .Tags(request.Tags)
                .ThrowIfInvalid();
            string trustPolicy = CheckTrustPolicy(request.AssumeRolePolicyDocument);
            if (request.PermissionsBoundary != null)
            {
                EnsureAwsManagedPolicies();
            }

            return Store.Write(session =>
            {
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_roles WHERE role_name_lower = @name", new { name = request.RoleName.ToLowerInvariant() }) > 0)
                {
                    throw IamErrors.RoleExists(request.RoleName);
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_roles") >= IamQuotas.RolesPerAccount)
                {
                    throw IamErrors.Quota("RolesPerAccount", IamQuotas.RolesPerAccount);
                }

                if (request.PermissionsBoundary != null)
                {
                    CheckBoundary(session, request.PermissionsBoundary);
                }

                string path = request.Path ?? "/";
                string roleId = IamIdentifiers.NewId(IamIdentifiers.RolePrefix);
                session.Execute(
                    "INSERT INTO iam_roles (role_id, role_name, role_name_lower, path, arn, assume_role_policy, description, " +
                    "max_session_duration, permissions_boundary, create_date) VALUES (@roleId, @name, @nameLower, @path, @arn, " +
                    "@trustPolicy, @description, @maxSession, @boundary, @now)",
                    new
                    {
                        roleId,
                        name = request.RoleName,
                        nameLower = request.RoleName.ToLowerInvariant(),
                        path,
                        arn = IamIdentifiers.Arn(session.AccountId, "role", path, request.RoleName),
                        trustPolicy,
                        description = request.Description,
                        maxSession = request.MaxSessionDuration ?? IamQuotas.DefaultMaxSessionDuration,
                        boundary = request.PermissionsBoundary,
                        now = FormatDate(session.Now),
                    });
                MergeTags(session, "iam_role_tags", "role_id", roleId, request.Tags, "TagsPerRole");

                Role role = FindRole(session, request.RoleName).ToFullRole(CopyTags(request.Tags));
                role.RoleLastUsed = null;
                return new CreateRoleResponse { Role = role, HttpStatusCode = System.Net.HttpStatusCode.OK };
            });
        }

        /// <summary>GetRole: the role with its tags, permissions boundary and last use.</summary>
        public GetRoleResponse GetRole(GetRoleRequest request)
        {
            new IamValidation().RoleName(request.RoleName).ThrowIfInvalid();
            return Store.Read(session =>
            {
                RoleRow row = FindRole(session, request.RoleName);
                return new GetRoleResponse
                {
                    Role = row.ToFullRole(ReadTags(session, "iam_role_tags", "role_id", row.RoleId)),
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>ListRoles: roles whose path starts with the prefix, ordered by name, one page.</summary>
        public ListRolesResponse ListRoles(ListRolesRequest request)
        {
            new IamValidation().PathPrefix(request.PathPrefix).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            string prefix = request.PathPrefix ?? "/";
            return Store.Read(session =>
            {
                var rows = session.Query<RoleRow>($"SELECT {RoleColumns} FROM iam_roles ORDER BY role_name_lower")
                    .Where(r => r.Path.StartsWith(prefix, System.StringComparison.Ordinal));
                Page<RoleRow> page = Paginate(rows, r => r.RoleName.ToLowerInvariant(), request.Marker, request.MaxItems);
                return new ListRolesResponse
                {
                    Roles = page.Items.Select(r => r.ToListedRole()).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>UpdateRole: sets the description and/or maximum session duration; omitted members keep their value.</summary>
        public UpdateRoleResponse UpdateRole(UpdateRoleRequest request)
        {
            new IamValidation()
                .RoleName(request.RoleName)
                .RoleDescription(request.Description)
                .Range("maxSessionDuration", request.MaxSessionDuration, 3600, 43200)
                .ThrowIfInvalid();
            Store.Write(session =>
            {
                RoleRow row = FindRole(session, request.RoleName);
                session.Execute(
                    "UPDATE iam_roles SET description = coalesce(@description, description), " +
                    "max_session_duration = coalesce(@maxSession, max_session_duration) WHERE role_id = @id",
                    new { description = request.Description, maxSession = request.MaxSessionDuration, id = row.RoleId });
            });
            return new UpdateRoleResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>UpdateAssumeRolePolicy: validates and replaces the role's trust policy.</summary>
        public UpdateAssumeRolePolicyResponse UpdateAssumeRolePolicy(UpdateAssumeRolePolicyRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Document("policyDocument", request.PolicyDocument).ThrowIfInvalid();
            string trustPolicy = CheckTrustPolicy(request.PolicyDocument);
            Store.Write(session =>
            {
                RoleRow row = FindRole(session, request.RoleName);
                session.Execute("UPDATE iam_roles SET assume_role_policy = @trustPolicy WHERE role_id = @id", new { trustPolicy, id = row.RoleId });
            });
            return new UpdateAssumeRolePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>
        /// DeleteRole: deletes a role that is in no instance profile and has no attached or inline policies;
        /// otherwise DeleteConflict names what must go first.
        /// </summary>
        public DeleteRoleResponse DeleteRole(DeleteRoleRequest request)
        {
            new IamValidation().RoleName(request.RoleName).ThrowIfInvalid();
            Store.Write(session =>
            {
                RoleRow row = FindRole(session, request.RoleName);
                var id = new { id = row.RoleId };
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_instance_profile_roles WHERE role_id = @id", id) > 0)
                {
                    throw IamErrors.RoleInInstanceProfile();
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_role_attached_policies WHERE role_id = @id", id) > 0)
                {
                    throw IamErrors.RoleHasAttachedPolicies();
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_role_inline_policies WHERE role_id = @id", id) > 0)
                {
                    throw IamErrors.RoleHasInlinePolicies();
                }

                session.Execute("DELETE FROM iam_roles WHERE role_id = @id", id);
            });
            return new DeleteRoleResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>Parses a trust policy and checks its size quota; returns the text to store (without a byte order mark).</summary>
        private static string CheckTrustPolicy(string document)
        {
            PolicyParser.Parse(document, PolicyKind.Trust);
            if (PolicyParser.CountedLength(document) > IamQuotas.TrustPolicyLength)
            {
                throw IamErrors.Quota("ACLSizePerRole", IamQuotas.TrustPolicyLength);
            }

            return PolicyParser.StripByteOrderMark(document);
        }

        private static void CheckBoundary(StoreSession session, string arn)
        {
            if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_managed_policies WHERE arn = @arn", new { arn }) == 0)
            {
                throw IamErrors.NoSuchBoundary(arn);
            }
        }
    }
}
