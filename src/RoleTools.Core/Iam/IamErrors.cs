using Amazon.IdentityManagement.Model;

namespace RoleTools.Core.Iam
{
    /// <summary>The IAM service errors RoleTools raises, with IAM's message for each situation.</summary>
    /// <remarks>
    /// NOTE: the NoSuchEntity wordings below, the marker message and the PoliciesPerAccount quota name are
    /// inferred from IAM's other messages and were not confirmed against the service.
    /// </remarks>
    public static class IamErrors
    {
        public static NoSuchEntityException NoSuchRole(string roleName) =>
            new NoSuchEntityException($"The role with name {roleName} cannot be found.");

        public static NoSuchEntityException NoSuchRolePolicy(string policyName) =>
            new NoSuchEntityException($"The role policy with name {policyName} cannot be found.");

        public static NoSuchEntityException NoSuchInstanceProfile(string name) =>
            new NoSuchEntityException($"Instance Profile {name} cannot be found.");

        public static NoSuchEntityException NoSuchPolicy(string arn) =>
            new NoSuchEntityException($"Policy {arn} does not exist or is not attachable.");

        public static NoSuchEntityException NoSuchPolicyVersion(string arn, string versionId) =>
            new NoSuchEntityException($"Policy {arn} version {versionId} does not exist or is not attachable.");

        public static NoSuchEntityException NoSuchBoundary(string arn) =>
            new NoSuchEntityException($"Scope ARN: {arn} does not exist or is not attachable.");

        public static NoSuchEntityException PolicyNotAttached(string arn) =>
            new NoSuchEntityException($"Policy {arn} was not found.");

        public static EntityAlreadyExistsException RoleExists(string roleName) =>
            new EntityAlreadyExistsException($"Role with name {roleName} already exists.");

        public static EntityAlreadyExistsException InstanceProfileExists(string name) =>
            new EntityAlreadyExistsException($"Instance Profile {name} already exists.");

        public static EntityAlreadyExistsException PolicyExists(string name) =>
            new EntityAlreadyExistsException($"A policy called {name} already exists. Duplicate names are not allowed.");

        public static DeleteConflictException RoleInInstanceProfile() =>
            new DeleteConflictException("Cannot delete entity, must remove roles from instance profile first.");

        public static DeleteConflictException RoleHasAttachedPolicies() =>
            new DeleteConflictException("Cannot delete entity, must detach all policies first.");

        public static DeleteConflictException RoleHasInlinePolicies() =>
            new DeleteConflictException("Cannot delete entity, must delete policies first.");

        public static DeleteConflictException PolicyAttached() =>
            new DeleteConflictException("Cannot delete a policy attached to entities.");

        /// <summary>IAM's message for a quota, e.g. "Cannot exceed quota for RolesPerAccount: 1000".</summary>
        public static LimitExceededException Quota(string quotaName, int value) =>
            new LimitExceededException($"Cannot exceed quota for {quotaName}: {value}");

        public static LimitExceededException InlinePolicySize(string roleName) =>
            new LimitExceededException($"Maximum policy size of {IamQuotas.InlinePolicyBytesPerRole} bytes exceeded for role {roleName}");

        public static InvalidInputException InvalidArn(string arn) =>
            new InvalidInputException($"ARN {arn} is not valid.");

        public static InvalidInputException DuplicateTagKeys() =>
            new InvalidInputException("Duplicate tag keys found. Please note that Tag keys are case insensitive.");

        public static InvalidInputException InvalidMarker() =>
            new InvalidInputException("Invalid Marker.");
    }

    /// <summary>IAM's default account quotas (IAM User Guide, "IAM and AWS STS quotas").</summary>
    public static class IamQuotas
    {
        public const int RolesPerAccount = 1000;
        public const int InstanceProfilesPerAccount = 1000;
        public const int CustomerManagedPoliciesPerAccount = 1500;
        public const int ManagedPoliciesPerRole = 10;
        public const int RolesPerInstanceProfile = 1;
        public const int TagsPerResource = 50;

        /// <summary>Trust policy length, counted without whitespace.</summary>
        public const int TrustPolicyLength = 2048;

        /// <summary>All inline policies of one role together, counted without whitespace.</summary>
        public const int InlinePolicyBytesPerRole = 10240;

        /// <summary>One managed policy document, counted without whitespace.</summary>
        public const int ManagedPolicyLength = 6144;

        public const int DefaultMaxItems = 100;
        public const int DefaultMaxSessionDuration = 3600;
    }
}
