using System.Linq;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Policies;

namespace RoleTools.Core.Iam
{
    public sealed partial class IamService
    {
        /// <summary>
        /// PutRolePolicy: validates the permissions policy and stores it under its name, replacing an inline
        /// policy of the same name. The role's inline policies together must stay within 10,240 characters.
        /// </summary>
        public PutRolePolicyResponse PutRolePolicy(PutRolePolicyRequest request)
        {
            new IamValidation()
                .RoleName(request.RoleName)
                .PolicyName(request.PolicyName)
                .Document("policyDocument", request.PolicyDocument)
                .ThrowIfInvalid();
            PolicyParser.Parse(request.PolicyDocument, PolicyKind.Identity);
            string document = PolicyParser.StripByteOrderMark(request.PolicyDocument);
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                string nameLower = request.PolicyName.ToLowerInvariant();
                int othersLength = session.Query<string>(
                        "SELECT document FROM iam_role_inline_policies WHERE role_id = @id AND policy_name_lower <> @nameLower",
                        new { id = role.RoleId, nameLower })
                    .Sum(PolicyParser.CountedLength);
                if (othersLength + PolicyParser.CountedLength(document) > IamQuotas.InlinePolicyBytesPerRole)
                {
                    throw IamErrors.InlinePolicySize(role.RoleName);
                }

                session.Execute(
                    "INSERT INTO iam_role_inline_policies (role_id, policy_name, policy_name_lower, document) VALUES (@id, @name, @nameLower, @document) " +
                    "ON CONFLICT (role_id, policy_name_lower) DO UPDATE SET policy_name = excluded.policy_name, document = excluded.document",
                    new { id = role.RoleId, name = request.PolicyName, nameLower, document });
            });
            return new PutRolePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>GetRolePolicy: one inline policy, its document URL-encoded.</summary>
        public GetRolePolicyResponse GetRolePolicy(GetRolePolicyRequest request)
        {
            new IamValidation().RoleName(request.RoleName).PolicyName(request.PolicyName).ThrowIfInvalid();
            return Store.Read(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                var policy = session.QuerySingleOrDefault<(string Name, string Document)>(
                    "SELECT policy_name, document FROM iam_role_inline_policies WHERE role_id = @id AND policy_name_lower = @nameLower",
                    new { id = role.RoleId, nameLower = request.PolicyName.ToLowerInvariant() });
                if (policy.Name == null)
                {
                    throw IamErrors.NoSuchRolePolicy(request.PolicyName);
                }

                return new GetRolePolicyResponse
                {
                    RoleName = role.RoleName,
                    PolicyName = policy.Name,
                    PolicyDocument = IamIdentifiers.EncodeDocument(policy.Document),
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>ListRolePolicies: the names of the role's inline policies, ordered by name, one page.</summary>
        public ListRolePoliciesResponse ListRolePolicies(ListRolePoliciesRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            return Store.Read(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                var names = session.Query<string>(
                    "SELECT policy_name FROM iam_role_inline_policies WHERE role_id = @id ORDER BY policy_name_lower", new { id = role.RoleId });
                Page<string> page = Paginate(names, n => n.ToLowerInvariant(), request.Marker, request.MaxItems);
                return new ListRolePoliciesResponse
                {
                    PolicyNames = page.Items,
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>DeleteRolePolicy: deletes one inline policy.</summary>
        public DeleteRolePolicyResponse DeleteRolePolicy(DeleteRolePolicyRequest request)
        {
            new IamValidation().RoleName(request.RoleName).PolicyName(request.PolicyName).ThrowIfInvalid();
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                int deleted = session.Execute(
                    "DELETE FROM iam_role_inline_policies WHERE role_id = @id AND policy_name_lower = @nameLower",
                    new { id = role.RoleId, nameLower = request.PolicyName.ToLowerInvariant() });
                if (deleted == 0)
                {
                    throw IamErrors.NoSuchRolePolicy(request.PolicyName);
                }
            });
            return new DeleteRolePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }
    }
}
