using System.Collections.Generic;

// Request look-alikes of the SDK's IAM operations: one class per API operation, with the SDK's member names.
namespace Amazon.IdentityManagement.Model
{
    /// <summary>Input of the IAM CreateRole operation.</summary>
    public class CreateRoleRequest
    {
        public string Path { get; set; }

        public string RoleName { get; set; }

        public string AssumeRolePolicyDocument { get; set; }

        public string Description { get; set; }

        public int? MaxSessionDuration { get; set; }

        public string PermissionsBoundary { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>Input of the IAM GetRole operation.</summary>
    public class GetRoleRequest
    {
        public string RoleName { get; set; }
    }

    /// <summary>Input of the IAM ListRoles operation.</summary>
    public class ListRolesRequest
    {
        public string PathPrefix { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM UpdateRole operation.</summary>
    public class UpdateRoleRequest
    {
        public string RoleName { get; set; }

        public string Description { get; set; }

        public int? MaxSessionDuration { get; set; }
    }

    /// <summary>Input of the IAM UpdateAssumeRolePolicy operation.</summary>
    public class UpdateAssumeRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyDocument { get; set; }
    }

    /// <summary>Input of the IAM DeleteRole operation.</summary>
    public class DeleteRoleRequest
    {
        public string RoleName { get; set; }
    }

    /// <summary>Input of the IAM PutRolePolicy operation.</summary>
    public class PutRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyName { get; set; }

        public string PolicyDocument { get; set; }
    }

    /// <summary>Input of the IAM GetRolePolicy operation.</summary>
    public class GetRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyName { get; set; }
    }

    /// <summary>Input of the IAM ListRolePolicies operation.</summary>
    public class ListRolePoliciesRequest
    {
        public string RoleName { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM DeleteRolePolicy operation.</summary>
    public class DeleteRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyName { get; set; }
    }

    /// <summary>Input of the IAM CreatePolicy operation.</summary>
    public class CreatePolicyRequest
    {
        public string PolicyName { get; set; }

        public string Path { get; set; }

        public string PolicyDocument { get; set; }

        public string Description { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>Input of the IAM GetPolicy operation.</summary>
    public class GetPolicyRequest
    {
        public string PolicyArn { get; set; }
    }

    /// <summary>Input of the IAM ListPolicies operation.</summary>
    public class ListPoliciesRequest
    {
        public PolicyScopeType Scope { get; set; }

        public bool? OnlyAttached { get; set; }

        public string PathPrefix { get; set; }

        public PolicyUsageType PolicyUsageFilter { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM GetPolicyVersion operation.</summary>
    public class GetPolicyVersionRequest
    {
        public string PolicyArn { get; set; }

        public string VersionId { get; set; }
    }

    /// <summary>Input of the IAM DeletePolicy operation.</summary>
    public class DeletePolicyRequest
    {
        public string PolicyArn { get; set; }
    }

    /// <summary>Input of the IAM AttachRolePolicy operation.</summary>
    public class AttachRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyArn { get; set; }
    }

    /// <summary>Input of the IAM DetachRolePolicy operation.</summary>
    public class DetachRolePolicyRequest
    {
        public string RoleName { get; set; }

        public string PolicyArn { get; set; }
    }

    /// <summary>Input of the IAM ListAttachedRolePolicies operation.</summary>
    public class ListAttachedRolePoliciesRequest
    {
        public string RoleName { get; set; }

        public string PathPrefix { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM CreateInstanceProfile operation.</summary>
    public class CreateInstanceProfileRequest
    {
        public string InstanceProfileName { get; set; }

        public string Path { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>Input of the IAM GetInstanceProfile operation.</summary>
    public class GetInstanceProfileRequest
    {
        public string InstanceProfileName { get; set; }
    }

    /// <summary>Input of the IAM ListInstanceProfiles operation.</summary>
    public class ListInstanceProfilesRequest
    {
        public string PathPrefix { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM ListInstanceProfilesForRole operation.</summary>
    public class ListInstanceProfilesForRoleRequest
    {
        public string RoleName { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM DeleteInstanceProfile operation.</summary>
    public class DeleteInstanceProfileRequest
    {
        public string InstanceProfileName { get; set; }
    }

    /// <summary>Input of the IAM AddRoleToInstanceProfile operation.</summary>
    public class AddRoleToInstanceProfileRequest
    {
        public string InstanceProfileName { get; set; }

        public string RoleName { get; set; }
    }

    /// <summary>Input of the IAM RemoveRoleFromInstanceProfile operation.</summary>
    public class RemoveRoleFromInstanceProfileRequest
    {
        public string InstanceProfileName { get; set; }

        public string RoleName { get; set; }
    }

    /// <summary>Input of the IAM TagRole operation.</summary>
    public class TagRoleRequest
    {
        public string RoleName { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>Input of the IAM ListRoleTags operation.</summary>
    public class ListRoleTagsRequest
    {
        public string RoleName { get; set; }

        public string Marker { get; set; }

        public int? MaxItems { get; set; }
    }

    /// <summary>Input of the IAM UntagRole operation.</summary>
    public class UntagRoleRequest
    {
        public string RoleName { get; set; }

        public List<string> TagKeys { get; set; }
    }
}
