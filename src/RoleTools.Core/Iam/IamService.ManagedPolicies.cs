using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Policies;
using RoleTools.Core.Store;

namespace RoleTools.Core.Iam
{
    public sealed partial class IamService
    {
        private const string PolicyColumns =
            "p.policy_id AS PolicyId, p.arn AS Arn, p.policy_name AS PolicyName, p.path AS Path, p.description AS Description, " +
            "p.default_version_id AS DefaultVersionId, p.is_aws_managed AS IsAwsManaged, p.create_date AS CreateDate, p.update_date AS UpdateDate, " +
            "(SELECT count(*) FROM iam_role_attached_policies a WHERE a.policy_id = p.policy_id) AS AttachmentCount, " +
            "(SELECT count(*) FROM iam_roles r WHERE r.permissions_boundary = p.arn) AS BoundaryUsageCount";

        private static readonly Regex PolicyArnPattern = new Regex(@"^arn:aws:iam::(\d{12}|aws):policy(/.*)?/[^/]+$", RegexOptions.CultureInvariant);

        /// <summary>CreatePolicy: validates the permissions policy and stores a customer managed policy with version v1.</summary>
        public CreatePolicyResponse CreatePolicy(CreatePolicyRequest request)
        {
            new IamValidation()
                .PolicyName(request.PolicyName)
                .PolicyPath(request.Path)
                .Document("policyDocument", request.PolicyDocument)
                .PolicyDescription(request.Description)
                .Tags(request.Tags)
                .ThrowIfInvalid();
            PolicyParser.Parse(request.PolicyDocument, PolicyKind.Identity);
            if (PolicyParser.CountedLength(request.PolicyDocument) > IamQuotas.ManagedPolicyLength)
            {
                throw IamErrors.Quota("PolicySize", IamQuotas.ManagedPolicyLength);
            }

            return Store.Write(session =>
            {
                if (session.ExecuteScalar<long>(
                        "SELECT count(*) FROM iam_managed_policies WHERE is_aws_managed = 0 AND lower(policy_name) = @name",
                        new { name = request.PolicyName.ToLowerInvariant() }) > 0)
                {
                    throw IamErrors.PolicyExists(request.PolicyName);
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_managed_policies WHERE is_aws_managed = 0") >= IamQuotas.CustomerManagedPoliciesPerAccount)
                {
                    throw IamErrors.Quota("PoliciesPerAccount", IamQuotas.CustomerManagedPoliciesPerAccount);
                }

                string path = request.Path ?? "/";
                string policyId = IamIdentifiers.NewId(IamIdentifiers.PolicyPrefix);
                string now = FormatDate(session.Now);
                session.Execute(
                    "INSERT INTO iam_managed_policies (policy_id, arn, policy_name, path, description, default_version_id, is_aws_managed, create_date, update_date) " +
                    "VALUES (@policyId, @arn, @name, @path, @description, 'v1', 0, @now, @now)",
                    new { policyId, arn = IamIdentifiers.Arn(session.AccountId, "policy", path, request.PolicyName), name = request.PolicyName, path, description = request.Description, now });
                session.Execute(
                    "INSERT INTO iam_policy_versions (policy_id, version_id, document, create_date) VALUES (@policyId, 'v1', @document, @now)",
                    new { policyId, document = PolicyParser.StripByteOrderMark(request.PolicyDocument), now });
                MergeTags(session, "iam_policy_tags", "policy_id", policyId, request.Tags, "TagsPerPolicy");

                ManagedPolicy policy = FindPolicyById(session, policyId).ToManagedPolicy();
                policy.Tags = CopyTags(request.Tags);
                return new CreatePolicyResponse { Policy = policy, HttpStatusCode = System.Net.HttpStatusCode.OK };
            });
        }

        /// <summary>GetPolicy: a customer or AWS managed policy with its attachment counts and tags.</summary>
        public GetPolicyResponse GetPolicy(GetPolicyRequest request)
        {
            new IamValidation().Arn("policyArn", request.PolicyArn).ThrowIfInvalid();
            CheckPolicyArn(request.PolicyArn);
            EnsureAwsManagedPolicies();
            return Store.Read(session =>
            {
                PolicyRow row = FindPolicyByArn(session, request.PolicyArn);
                ManagedPolicy policy = row.ToManagedPolicy();
                policy.Tags = ReadTags(session, "iam_policy_tags", "policy_id", row.PolicyId);
                return new GetPolicyResponse { Policy = policy, HttpStatusCode = System.Net.HttpStatusCode.OK };
            });
        }

        /// <summary>
        /// ListPolicies: managed policies in the scope (All by default, AWS or Local), optionally only attached
        /// ones, ordered by name then ARN, one page. Listed policies carry neither description nor tags.
        /// </summary>
        public ListPoliciesResponse ListPolicies(ListPoliciesRequest request)
        {
            new IamValidation().PolicyPathPrefix(request.PathPrefix).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            EnsureAwsManagedPolicies();
            string scope = request.Scope?.Value ?? PolicyScopeType.All.Value;
            string prefix = request.PathPrefix ?? "/";
            return Store.Read(session =>
            {
                IEnumerable<PolicyRow> rows = session.Query<PolicyRow>($"SELECT {PolicyColumns} FROM iam_managed_policies p")
                    .Where(p => scope == PolicyScopeType.All.Value || (scope == PolicyScopeType.AWS.Value) == p.IsAwsManaged)
                    .Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal))
                    .Where(p => request.OnlyAttached != true || IsUsedAs(p, request.PolicyUsageFilter))
                    .OrderBy(p => p.SortKey, StringComparer.Ordinal);
                Page<PolicyRow> page = Paginate(rows, p => p.SortKey, request.Marker, request.MaxItems);
                return new ListPoliciesResponse
                {
                    Policies = page.Items.Select(p =>
                    {
                        ManagedPolicy policy = p.ToManagedPolicy();
                        policy.Description = null;
                        return policy;
                    }).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>GetPolicyVersion: one version of a managed policy, its document URL-encoded.</summary>
        public GetPolicyVersionResponse GetPolicyVersion(GetPolicyVersionRequest request)
        {
            new IamValidation()
                .Arn("policyArn", request.PolicyArn)
                .Required("versionId", request.VersionId, 0, 128, new Regex(@"^v[1-9][0-9]*(\.[A-Za-z0-9-]*)?$"), @"v[1-9][0-9]*(\.[A-Za-z0-9-]*)?")
                .ThrowIfInvalid();
            CheckPolicyArn(request.PolicyArn);
            EnsureAwsManagedPolicies();
            return Store.Read(session =>
            {
                PolicyRow row = FindPolicyByArn(session, request.PolicyArn);
                var version = session.QuerySingleOrDefault<(string Document, string CreateDate)>(
                    "SELECT document, create_date FROM iam_policy_versions WHERE policy_id = @id AND version_id = @versionId",
                    new { id = row.PolicyId, versionId = request.VersionId });
                if (version.Document == null)
                {
                    throw IamErrors.NoSuchPolicyVersion(request.PolicyArn, request.VersionId);
                }

                return new GetPolicyVersionResponse
                {
                    PolicyVersion = new PolicyVersion
                    {
                        CreateDate = ParseDate(version.CreateDate),
                        Document = IamIdentifiers.EncodeDocument(version.Document),
                        IsDefaultVersion = request.VersionId == row.DefaultVersionId,
                        VersionId = request.VersionId,
                    },
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>DeletePolicy: deletes a customer managed policy that no role uses as a permissions policy or boundary.</summary>
        public DeletePolicyResponse DeletePolicy(DeletePolicyRequest request)
        {
            new IamValidation().Arn("policyArn", request.PolicyArn).ThrowIfInvalid();
            CheckPolicyArn(request.PolicyArn);
            EnsureAwsManagedPolicies();
            Store.Write(session =>
            {
                PolicyRow row = FindPolicyByArn(session, request.PolicyArn);
                if (row.IsAwsManaged)
                {
                    // NOTE: the code and message IAM gives for deleting an AWS managed policy were not confirmed.
                    throw new UnmodifiableEntityException($"Cannot delete AWS managed policy {request.PolicyArn}.");
                }

                if (row.AttachmentCount > 0 || row.BoundaryUsageCount > 0)
                {
                    throw IamErrors.PolicyAttached();
                }

                session.Execute("DELETE FROM iam_managed_policies WHERE policy_id = @id", new { id = row.PolicyId });
            });
            return new DeletePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>AttachRolePolicy: attaches a managed policy to a role; attaching it again changes nothing.</summary>
        public AttachRolePolicyResponse AttachRolePolicy(AttachRolePolicyRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Arn("policyArn", request.PolicyArn).ThrowIfInvalid();
            CheckPolicyArn(request.PolicyArn);
            EnsureAwsManagedPolicies();
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                PolicyRow policy = FindPolicyByArn(session, request.PolicyArn);
                var key = new { roleId = role.RoleId, policyId = policy.PolicyId };
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_role_attached_policies WHERE role_id = @roleId AND policy_id = @policyId", key) > 0)
                {
                    return;
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_role_attached_policies WHERE role_id = @roleId", key) >= IamQuotas.ManagedPoliciesPerRole)
                {
                    throw IamErrors.Quota("PoliciesPerRole", IamQuotas.ManagedPoliciesPerRole);
                }

                session.Execute(
                    "INSERT INTO iam_role_attached_policies (role_id, policy_id, attached_at) VALUES (@roleId, @policyId, @now)",
                    new { key.roleId, key.policyId, now = FormatDate(session.Now) });
            });
            return new AttachRolePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>DetachRolePolicy: detaches a managed policy that is attached to the role.</summary>
        public DetachRolePolicyResponse DetachRolePolicy(DetachRolePolicyRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Arn("policyArn", request.PolicyArn).ThrowIfInvalid();
            CheckPolicyArn(request.PolicyArn);
            Store.Write(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                int deleted = session.Execute(
                    "DELETE FROM iam_role_attached_policies WHERE role_id = @roleId AND policy_id = (SELECT policy_id FROM iam_managed_policies WHERE arn = @arn)",
                    new { roleId = role.RoleId, arn = request.PolicyArn });
                if (deleted == 0)
                {
                    throw IamErrors.PolicyNotAttached(request.PolicyArn);
                }
            });
            return new DetachRolePolicyResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>ListAttachedRolePolicies: the managed policies attached to a role, ordered by name, one page.</summary>
        public ListAttachedRolePoliciesResponse ListAttachedRolePolicies(ListAttachedRolePoliciesRequest request)
        {
            new IamValidation()
                .RoleName(request.RoleName)
                .PolicyPathPrefix(request.PathPrefix)
                .Paging(request.Marker, request.MaxItems)
                .ThrowIfInvalid();
            string prefix = request.PathPrefix ?? "/";
            return Store.Read(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                IEnumerable<PolicyRow> rows = session.Query<PolicyRow>(
                        $"SELECT {PolicyColumns} FROM iam_managed_policies p JOIN iam_role_attached_policies a2 ON a2.policy_id = p.policy_id WHERE a2.role_id = @id",
                        new { id = role.RoleId })
                    .Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal))
                    .OrderBy(p => p.SortKey, StringComparer.Ordinal);
                Page<PolicyRow> page = Paginate(rows, p => p.SortKey, request.Marker, request.MaxItems);
                return new ListAttachedRolePoliciesResponse
                {
                    AttachedPolicies = page.Items.Select(p => new AttachedPolicyType { PolicyArn = p.Arn, PolicyName = p.PolicyName }).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>
        /// Copies the AWS managed policy catalogue into the store when some of it is missing, so attachments
        /// can reference the policies by ID. The catalogue keeps each policy's real ID.
        /// </summary>
        public void EnsureAwsManagedPolicies()
        {
            IReadOnlyList<CatalogPolicy> catalog = ManagedPolicyCatalog.Policies;
            long present = Store.Read(session => session.ExecuteScalar<long>("SELECT count(*) FROM iam_managed_policies WHERE is_aws_managed = 1"));
            if (present >= catalog.Count)
            {
                return;
            }

            Store.Write(session =>
            {
                foreach (CatalogPolicy policy in catalog)
                {
                    string created = FormatDate(ParseDate(policy.CreateDate).Value);
                    int inserted = session.Execute(
                        "INSERT OR IGNORE INTO iam_managed_policies (policy_id, arn, policy_name, path, description, default_version_id, is_aws_managed, create_date, update_date) " +
                        "VALUES (@PolicyId, @Arn, @PolicyName, @Path, @Description, @DefaultVersionId, 1, @created, @updated)",
                        new { policy.PolicyId, policy.Arn, policy.PolicyName, policy.Path, policy.Description, policy.DefaultVersionId, created, updated = FormatDate(ParseDate(policy.UpdateDate).Value) });
                    if (inserted > 0)
                    {
                        session.Execute(
                            "INSERT INTO iam_policy_versions (policy_id, version_id, document, create_date) VALUES (@PolicyId, @DefaultVersionId, @Document, @updated)",
                            new { policy.PolicyId, policy.DefaultVersionId, policy.Document, updated = FormatDate(ParseDate(policy.UpdateDate).Value) });
                    }
                }
            });
        }

        private static void CheckPolicyArn(string arn)
        {
            if (!PolicyArnPattern.IsMatch(arn))
            {
                throw IamErrors.InvalidArn(arn);
            }
        }

        private static bool IsUsedAs(PolicyRow policy, PolicyUsageType usage)
        {
            // NOTE: PolicyUsageFilter narrows only -OnlyAttached listings here; without a filter any use counts.
            if (usage == null)
            {
                return policy.AttachmentCount > 0 || policy.BoundaryUsageCount > 0;
            }

            return usage.Value == PolicyUsageType.PermissionsBoundary.Value ? policy.BoundaryUsageCount > 0 : policy.AttachmentCount > 0;
        }

        private static PolicyRow FindPolicyByArn(StoreSession session, string arn) =>
            session.QuerySingleOrDefault<PolicyRow>($"SELECT {PolicyColumns} FROM iam_managed_policies p WHERE p.arn = @arn", new { arn })
            ?? throw IamErrors.NoSuchPolicy(arn);

        private static PolicyRow FindPolicyById(StoreSession session, string id) =>
            session.QuerySingleOrDefault<PolicyRow>($"SELECT {PolicyColumns} FROM iam_managed_policies p WHERE p.policy_id = @id", new { id });

        private sealed class PolicyRow
        {
            public string PolicyId { get; set; }

            public string Arn { get; set; }

            public string PolicyName { get; set; }

            public string Path { get; set; }

            public string Description { get; set; }

            public string DefaultVersionId { get; set; }

            public bool IsAwsManaged { get; set; }

            public string CreateDate { get; set; }

            public string UpdateDate { get; set; }

            public long AttachmentCount { get; set; }

            public long BoundaryUsageCount { get; set; }

            public string SortKey => PolicyName.ToLowerInvariant() + "\n" + Arn;

            public ManagedPolicy ToManagedPolicy() => new ManagedPolicy
            {
                Arn = Arn,
                AttachmentCount = (int)AttachmentCount,
                CreateDate = ParseDate(CreateDate),
                DefaultVersionId = DefaultVersionId,
                Description = Description,
                IsAttachable = true,
                Path = Path,
                PermissionsBoundaryUsageCount = (int)BoundaryUsageCount,
                PolicyId = PolicyId,
                PolicyName = PolicyName,
                UpdateDate = ParseDate(UpdateDate),
            };
        }
    }
}
