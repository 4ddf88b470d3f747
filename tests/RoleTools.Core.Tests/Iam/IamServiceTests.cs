using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.IdentityManagement;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Iam;
using Xunit;

namespace RoleTools.Core.Tests.Iam
{
    public sealed class IamServiceTests : IDisposable
    {
        private const string Trust =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        private const string S3Access =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}";

        private readonly TempStore _temp = new TempStore();
        private readonly IamService _iam;

        public IamServiceTests()
        {
            _iam = new IamService(_temp.Open());
        }

        public void Dispose() => _temp.Dispose();

        private Role CreateRole(string name, List<Tag> tags = null) =>
            _iam.CreateRole(new CreateRoleRequest { RoleName = name, AssumeRolePolicyDocument = Trust, Tags = tags }).Role;

        [Fact]
        public void CreateRoleReturnsIdsAndEncodedTrust()
        {
            Role role = CreateRole("s3access");

            Assert.Matches("^AROA[A-Z0-9]{17}$", role.RoleId);
            Assert.Equal("arn:aws:iam::123456789012:role/s3access", role.Arn);
            Assert.Equal("/", role.Path);
            Assert.Equal(3600, role.MaxSessionDuration);
            Assert.Equal(Uri.EscapeDataString(Trust), role.AssumeRolePolicyDocument);
            Assert.Null(role.Tags);
        }

        [Fact]
        public void RoleArnIncludesPath()
        {
            Role role = _iam.CreateRole(new CreateRoleRequest { Path = "/app/", RoleName = "Web", AssumeRolePolicyDocument = Trust }).Role;

            Assert.Equal("arn:aws:iam::123456789012:role/app/Web", role.Arn);
        }

        [Fact]
        public void EncodingUsesPercentTwentyForSpace()
        {
            Assert.Equal("%7B%20%22a%22%3A%20%22b%2Bc%22%20%7D%0D%0A", IamIdentifiers.EncodeDocument("{ \"a\": \"b+c\" }\r\n"));
        }

        [Fact]
        public void RoleNameIsUniqueIgnoringCase()
        {
            CreateRole("MyRole");

            var error = Assert.Throws<EntityAlreadyExistsException>(() => CreateRole("myrole"));

            Assert.Equal("Role with name myrole already exists.", error.Message);
            Assert.Equal("MyRole", _iam.GetRole(new GetRoleRequest { RoleName = "MYROLE" }).Role.RoleName);
        }

        [Theory]
        [InlineData("a234567890123456789012345678901234567890123456789012345678901234x",
            "1 validation error detected: Value 'a234567890123456789012345678901234567890123456789012345678901234x' at 'roleName' failed to satisfy constraint: Member must have length less than or equal to 64")]
        [InlineData("bad name",
            "1 validation error detected: Value 'bad name' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")]
        [InlineData("rôle",
            "1 validation error detected: Value 'rôle' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+")]
        public void InvalidRoleNameIsValidationError(string name, string message)
        {
            var error = Assert.Throws<AmazonIdentityManagementServiceException>(() => CreateRole(name));

            Assert.Equal(typeof(AmazonIdentityManagementServiceException), error.GetType());
            Assert.Equal("ValidationError", error.ErrorCode);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
            Assert.Equal(message, error.Message);
        }

        [Fact]
        public void SeveralConstraintFailuresAreJoined()
        {
            var error = Assert.Throws<AmazonIdentityManagementServiceException>(() =>
                _iam.CreateRole(new CreateRoleRequest { RoleName = "ok", Path = "noslash", AssumeRolePolicyDocument = Trust, MaxSessionDuration = 100 }));

            Assert.StartsWith("2 validation errors detected: Value 'noslash' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: ", error.Message);
            Assert.EndsWith("; Value '100' at 'maxSessionDuration' failed to satisfy constraint: Member must have value greater than or equal to 3600", error.Message);
        }

        [Fact]
        public void TrustPolicyQuotaIsEnforced()
        {
            string longTrust = Trust.Replace("\"Action\"", "\"Sid\":\"" + new string('A', 2048) + "\",\"Action\"");

            var error = Assert.Throws<LimitExceededException>(() => _iam.CreateRole(new CreateRoleRequest { RoleName = "big", AssumeRolePolicyDocument = longTrust }));

            Assert.Equal("Cannot exceed quota for ACLSizePerRole: 2048", error.Message);
        }

        [Fact]
        public void FailedCreateLeavesNoRole()
        {
            var tags = new List<Tag> { new Tag { Key = "env", Value = "a" }, new Tag { Key = "ENV", Value = "b" } };

            var error = Assert.Throws<InvalidInputException>(() => CreateRole("tagged", tags));

            Assert.Equal("Duplicate tag keys found. Please note that Tag keys are case insensitive.", error.Message);
            Assert.Empty(_iam.ListRoles(new ListRolesRequest()).Roles);
        }

        [Fact]
        public void DeleteRoleReportsEachConflict()
        {
            CreateRole("r");
            _iam.CreateInstanceProfile(new CreateInstanceProfileRequest { InstanceProfileName = "p" });
            _iam.AddRoleToInstanceProfile(new AddRoleToInstanceProfileRequest { InstanceProfileName = "p", RoleName = "r" });
            _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" });
            _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "inline", PolicyDocument = S3Access });

            Assert.Equal("Cannot delete entity, must remove roles from instance profile first.",
                Assert.Throws<DeleteConflictException>(() => _iam.DeleteRole(new DeleteRoleRequest { RoleName = "r" })).Message);
            _iam.RemoveRoleFromInstanceProfile(new RemoveRoleFromInstanceProfileRequest { InstanceProfileName = "p", RoleName = "r" });
            Assert.Equal("Cannot delete entity, must detach all policies first.",
                Assert.Throws<DeleteConflictException>(() => _iam.DeleteRole(new DeleteRoleRequest { RoleName = "r" })).Message);
            _iam.DetachRolePolicy(new DetachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess" });
            Assert.Equal("Cannot delete entity, must delete policies first.",
                Assert.Throws<DeleteConflictException>(() => _iam.DeleteRole(new DeleteRoleRequest { RoleName = "r" })).Message);
            _iam.DeleteRolePolicy(new DeleteRolePolicyRequest { RoleName = "r", PolicyName = "INLINE" });
            _iam.DeleteRole(new DeleteRoleRequest { RoleName = "r" });

            Assert.Throws<NoSuchEntityException>(() => _iam.GetRole(new GetRoleRequest { RoleName = "r" }));
        }

        [Fact]
        public void InstanceProfileHoldsOneRole()
        {
            CreateRole("a");
            CreateRole("b");
            InstanceProfile created = _iam.CreateInstanceProfile(new CreateInstanceProfileRequest { InstanceProfileName = "p" }).InstanceProfile;
            _iam.AddRoleToInstanceProfile(new AddRoleToInstanceProfileRequest { InstanceProfileName = "p", RoleName = "a" });

            var second = Assert.Throws<LimitExceededException>(() =>
                _iam.AddRoleToInstanceProfile(new AddRoleToInstanceProfileRequest { InstanceProfileName = "p", RoleName = "b" }));
            var again = Assert.Throws<LimitExceededException>(() =>
                _iam.AddRoleToInstanceProfile(new AddRoleToInstanceProfileRequest { InstanceProfileName = "p", RoleName = "a" }));

            Assert.Matches("^AIPA[A-Z0-9]{17}$", created.InstanceProfileId);
            Assert.Empty(created.Roles);
            Assert.Equal("Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1", second.Message);
            Assert.Equal(second.Message, again.Message);
            Assert.Equal("a", Assert.Single(_iam.GetInstanceProfile(new GetInstanceProfileRequest { InstanceProfileName = "P" }).InstanceProfile.Roles).RoleName);
            Assert.Equal("Cannot delete entity, must remove roles from instance profile first.",
                Assert.Throws<DeleteConflictException>(() => _iam.DeleteInstanceProfile(new DeleteInstanceProfileRequest { InstanceProfileName = "p" })).Message);
        }

        [Fact]
        public void PutRolePolicyReplacesSameName()
        {
            CreateRole("r");
            _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "p", PolicyDocument = S3Access });
            string second = S3Access.Replace("s3:*", "s3:GetObject");
            _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "P", PolicyDocument = second });

            Assert.Equal(new[] { "P" }, _iam.ListRolePolicies(new ListRolePoliciesRequest { RoleName = "r" }).PolicyNames);
            Assert.Equal(Uri.EscapeDataString(second), _iam.GetRolePolicy(new GetRolePolicyRequest { RoleName = "r", PolicyName = "p" }).PolicyDocument);
        }

        [Fact]
        public void InlinePolicyTotalIsLimited()
        {
            CreateRole("r");
            string big = S3Access.Replace("\"Effect\"", "\"Sid\":\"" + new string('A', 6000) + "\",\"Effect\"");
            _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "one", PolicyDocument = big });

            var error = Assert.Throws<LimitExceededException>(() =>
                _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "two", PolicyDocument = big }));

            Assert.Equal("Maximum policy size of 10240 bytes exceeded for role r", error.Message);
            Assert.Equal(new[] { "one" }, _iam.ListRolePolicies(new ListRolePoliciesRequest { RoleName = "r" }).PolicyNames);
            _iam.PutRolePolicy(new PutRolePolicyRequest { RoleName = "r", PolicyName = "one", PolicyDocument = big });
        }

        [Fact]
        public void ManagedPolicyLifecycle()
        {
            CreateRole("r");
            ManagedPolicy created = _iam.CreatePolicy(new CreatePolicyRequest { PolicyName = "S3", PolicyDocument = S3Access, Path = "/team/" }).Policy;
            _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = created.Arn });
            _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = created.Arn });

            ManagedPolicy fetched = _iam.GetPolicy(new GetPolicyRequest { PolicyArn = created.Arn }).Policy;
            var conflict = Assert.Throws<DeleteConflictException>(() => _iam.DeletePolicy(new DeletePolicyRequest { PolicyArn = created.Arn }));
            var duplicate = Assert.Throws<EntityAlreadyExistsException>(() => _iam.CreatePolicy(new CreatePolicyRequest { PolicyName = "s3", PolicyDocument = S3Access }));

            Assert.Matches("^ANPA[A-Z0-9]{17}$", created.PolicyId);
            Assert.Equal("arn:aws:iam::123456789012:policy/team/S3", created.Arn);
            Assert.Equal("v1", created.DefaultVersionId);
            Assert.Equal(0, created.AttachmentCount);
            Assert.Equal(1, fetched.AttachmentCount);
            Assert.Equal("Cannot delete a policy attached to entities.", conflict.Message);
            Assert.Equal("A policy called s3 already exists. Duplicate names are not allowed.", duplicate.Message);

            _iam.DetachRolePolicy(new DetachRolePolicyRequest { RoleName = "r", PolicyArn = created.Arn });
            _iam.DeletePolicy(new DeletePolicyRequest { PolicyArn = created.Arn });
            Assert.Throws<NoSuchEntityException>(() => _iam.GetPolicy(new GetPolicyRequest { PolicyArn = created.Arn }));
        }

        [Fact]
        public void ManagedPolicySizeIsLimited()
        {
            string big = S3Access.Replace("\"Effect\"", "\"Sid\":\"" + new string('A', 6144) + "\",\"Effect\"");

            var error = Assert.Throws<LimitExceededException>(() => _iam.CreatePolicy(new CreatePolicyRequest { PolicyName = "big", PolicyDocument = big }));

            Assert.Equal("Cannot exceed quota for PolicySize: 6144", error.Message);
        }

        [Fact]
        public void AwsManagedPoliciesAreListedAndAttachable()
        {
            CreateRole("r");
            _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/service-role/AmazonEC2RoleforSSM" });

            List<ManagedPolicy> aws = _iam.ListPolicies(new ListPoliciesRequest { Scope = PolicyScopeType.AWS, MaxItems = 1000 }).Policies;
            List<ManagedPolicy> local = _iam.ListPolicies(new ListPoliciesRequest { Scope = PolicyScopeType.Local }).Policies;
            List<ManagedPolicy> attached = _iam.ListPolicies(new ListPoliciesRequest { OnlyAttached = true }).Policies;
            PolicyVersion version = _iam.GetPolicyVersion(new GetPolicyVersionRequest { PolicyArn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", VersionId = "v3" }).PolicyVersion;

            Assert.Equal(ManagedPolicyCatalog.Policies.Count, aws.Count);
            Assert.Contains(aws, p => p.PolicyName == "AdministratorAccess" && p.Arn == "arn:aws:iam::aws:policy/AdministratorAccess");
            Assert.Empty(local);
            Assert.Equal("AmazonEC2RoleforSSM", Assert.Single(attached).PolicyName);
            Assert.Equal(1, Assert.Single(attached).AttachmentCount);
            Assert.True(version.IsDefaultVersion);
            Assert.Contains("s3%3AGet%2A", version.Document);
        }

        [Fact]
        public void AttachRejectsBadAndUnknownArns()
        {
            CreateRole("r");

            var invalid = Assert.Throws<InvalidInputException>(() =>
                _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:s3:::bucket-name-x" }));
            var missing = Assert.Throws<NoSuchEntityException>(() =>
                _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/NoSuchPolicy" }));
            var notAttached = Assert.Throws<NoSuchEntityException>(() =>
                _iam.DetachRolePolicy(new DetachRolePolicyRequest { RoleName = "r", PolicyArn = "arn:aws:iam::aws:policy/AdministratorAccess" }));

            Assert.Equal("ARN arn:aws:s3:::bucket-name-x is not valid.", invalid.Message);
            Assert.Equal("Policy arn:aws:iam::aws:policy/NoSuchPolicy does not exist or is not attachable.", missing.Message);
            Assert.Equal("Policy arn:aws:iam::aws:policy/AdministratorAccess was not found.", notAttached.Message);
        }

        [Fact]
        public void RoleAcceptsAtMostTenManagedPolicies()
        {
            CreateRole("r");
            foreach (CatalogPolicy policy in ManagedPolicyCatalog.Policies.Take(10))
            {
                _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = policy.Arn });
            }

            var error = Assert.Throws<LimitExceededException>(() =>
                _iam.AttachRolePolicy(new AttachRolePolicyRequest { RoleName = "r", PolicyArn = ManagedPolicyCatalog.Policies[10].Arn }));

            Assert.Equal("Cannot exceed quota for PoliciesPerRole: 10", error.Message);
        }

        [Fact]
        public void ListRolesPagesWithMarker()
        {
            foreach (string name in new[] { "c", "A", "b", "d", "e" })
            {
                CreateRole(name);
            }

            ListRolesResponse first = _iam.ListRoles(new ListRolesRequest { MaxItems = 2 });
            ListRolesResponse second = _iam.ListRoles(new ListRolesRequest { MaxItems = 2, Marker = first.Marker });
            ListRolesResponse third = _iam.ListRoles(new ListRolesRequest { MaxItems = 2, Marker = second.Marker });

            Assert.Equal(new[] { "A", "b" }, first.Roles.Select(r => r.RoleName));
            Assert.True(first.IsTruncated);
            Assert.Equal(new[] { "c", "d" }, second.Roles.Select(r => r.RoleName));
            Assert.Equal(new[] { "e" }, third.Roles.Select(r => r.RoleName));
            Assert.False(third.IsTruncated);
            Assert.Null(third.Marker);
        }

        [Fact]
        public void TagsMergeAndRemoveIgnoringCase()
        {
            CreateRole("r", new List<Tag> { new Tag { Key = "Env", Value = "dev" } });
            _iam.TagRole(new TagRoleRequest { RoleName = "r", Tags = new List<Tag> { new Tag { Key = "env", Value = "prod" }, new Tag { Key = "Team", Value = "" } } });

            List<Tag> tags = _iam.ListRoleTags(new ListRoleTagsRequest { RoleName = "r" }).Tags;
            _iam.UntagRole(new UntagRoleRequest { RoleName = "r", TagKeys = new List<string> { "TEAM", "absent" } });

            Assert.Equal(new[] { "env=prod", "Team=" }, tags.Select(t => t.Key + "=" + t.Value));
            Assert.Equal("env", Assert.Single(_iam.GetRole(new GetRoleRequest { RoleName = "r" }).Role.Tags).Key);
        }

        [Fact]
        public void TagQuotaIsFiftyPerRole()
        {
            CreateRole("r", Enumerable.Range(0, 50).Select(i => new Tag { Key = "k" + i, Value = "v" }).ToList());

            var error = Assert.Throws<LimitExceededException>(() =>
                _iam.TagRole(new TagRoleRequest { RoleName = "r", Tags = new List<Tag> { new Tag { Key = "extra", Value = "v" } } }));

            Assert.Equal("Cannot exceed quota for TagsPerRole: 50", error.Message);
            Assert.Equal(50, _iam.ListRoleTags(new ListRoleTagsRequest { RoleName = "r", MaxItems = 1000 }).Tags.Count);
        }

        [Fact]
        public void UpdateRoleKeepsUnsetMembers()
        {
            _iam.CreateRole(new CreateRoleRequest { RoleName = "r", AssumeRolePolicyDocument = Trust, Description = "first" });
            _iam.UpdateRole(new UpdateRoleRequest { RoleName = "r", MaxSessionDuration = 7200 });

            Role role = _iam.GetRole(new GetRoleRequest { RoleName = "r" }).Role;

            Assert.Equal("first", role.Description);
            Assert.Equal(7200, role.MaxSessionDuration);
            Assert.NotNull(role.RoleLastUsed);
        }

        [Fact]
        public void PermissionsBoundaryMustExist()
        {
            var missing = Assert.Throws<NoSuchEntityException>(() => _iam.CreateRole(new CreateRoleRequest
            {
                RoleName = "r", AssumeRolePolicyDocument = Trust, PermissionsBoundary = "arn:aws:iam::123456789012:policy/none",
            }));
            Role role = _iam.CreateRole(new CreateRoleRequest
            {
                RoleName = "r", AssumeRolePolicyDocument = Trust, PermissionsBoundary = "arn:aws:iam::aws:policy/PowerUserAccess",
            }).Role;

            Assert.Equal("Scope ARN: arn:aws:iam::123456789012:policy/none does not exist or is not attachable.", missing.Message);
            Assert.Equal("PermissionsBoundaryPolicy", role.PermissionsBoundary.PermissionsBoundaryType.Value);
            Assert.Equal(1, _iam.GetPolicy(new GetPolicyRequest { PolicyArn = "arn:aws:iam::aws:policy/PowerUserAccess" }).Policy.PermissionsBoundaryUsageCount);
        }
    }
}
