using System.Collections.Generic;
using Amazon.Runtime;

// Response look-alikes of the SDK's IAM operations. They derive from AmazonWebServiceResponse, so
// -Select * returns them with ResponseMetadata, ContentLength and HttpStatusCode as the SDK's do.
namespace Amazon.IdentityManagement.Model
{
    /// <summary>Output of the IAM CreateRole operation.</summary>
    public class CreateRoleResponse : AmazonWebServiceResponse
    {
        public Role Role { get; set; }
    }

    /// <summary>Output of the IAM GetRole operation.</summary>
    public class GetRoleResponse : AmazonWebServiceResponse
    {
        public Role Role { get; set; }
    }

    /// <summary>Output of the IAM ListRoles operation.</summary>
    public class ListRolesResponse : AmazonWebServiceResponse
    {
        public List<Role> Roles { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM UpdateRole operation.</summary>
    public class UpdateRoleResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM UpdateAssumeRolePolicy operation.</summary>
    public class UpdateAssumeRolePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM DeleteRole operation.</summary>
    public class DeleteRoleResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM PutRolePolicy operation.</summary>
    public class PutRolePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM GetRolePolicy operation.</summary>
    public class GetRolePolicyResponse : AmazonWebServiceResponse
    {
        public string RoleName { get; set; }

        public string PolicyName { get; set; }

        public string PolicyDocument { get; set; }
    }

    /// <summary>Output of the IAM ListRolePolicies operation.</summary>
    public class ListRolePoliciesResponse : AmazonWebServiceResponse
    {
        public List<string> PolicyNames { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM DeleteRolePolicy operation.</summary>
    public class DeleteRolePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM CreatePolicy operation.</summary>
    public class CreatePolicyResponse : AmazonWebServiceResponse
    {
        public ManagedPolicy Policy { get; set; }
    }

    /// <summary>Output of the IAM GetPolicy operation.</summary>
    public class GetPolicyResponse : AmazonWebServiceResponse
    {
        public ManagedPolicy Policy { get; set; }
    }

    /// <summary>Output of the IAM ListPolicies operation.</summary>
    public class ListPoliciesResponse : AmazonWebServiceResponse
    {
        public List<ManagedPolicy> Policies { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM GetPolicyVersion operation.</summary>
    public class GetPolicyVersionResponse : AmazonWebServiceResponse
    {
        public PolicyVersion PolicyVersion { get; set; }
    }

    /// <summary>Output of the IAM DeletePolicy operation.</summary>
    public class DeletePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM AttachRolePolicy operation.</summary>
    public class AttachRolePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM DetachRolePolicy operation.</summary>
    public class DetachRolePolicyResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM ListAttachedRolePolicies operation.</summary>
    public class ListAttachedRolePoliciesResponse : AmazonWebServiceResponse
    {
        public List<AttachedPolicyType> AttachedPolicies { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM CreateInstanceProfile operation.</summary>
    public class CreateInstanceProfileResponse : AmazonWebServiceResponse
    {
        public InstanceProfile InstanceProfile { get; set; }
    }

    /// <summary>Output of the IAM GetInstanceProfile operation.</summary>
    public class GetInstanceProfileResponse : AmazonWebServiceResponse
    {
        public InstanceProfile InstanceProfile { get; set; }
    }

    /// <summary>Output of the IAM ListInstanceProfiles operation.</summary>
    public class ListInstanceProfilesResponse : AmazonWebServiceResponse
    {
        public List<InstanceProfile> InstanceProfiles { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM ListInstanceProfilesForRole operation.</summary>
    public class ListInstanceProfilesForRoleResponse : AmazonWebServiceResponse
    {
        public List<InstanceProfile> InstanceProfiles { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM DeleteInstanceProfile operation.</summary>
    public class DeleteInstanceProfileResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM AddRoleToInstanceProfile operation.</summary>
    public class AddRoleToInstanceProfileResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM RemoveRoleFromInstanceProfile operation.</summary>
    public class RemoveRoleFromInstanceProfileResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM TagRole operation.</summary>
    public class TagRoleResponse : AmazonWebServiceResponse
    {
    }

    /// <summary>Output of the IAM ListRoleTags operation.</summary>
    public class ListRoleTagsResponse : AmazonWebServiceResponse
    {
        public List<Tag> Tags { get; set; }

        public bool? IsTruncated { get; set; }

        public string Marker { get; set; }
    }

    /// <summary>Output of the IAM UntagRole operation.</summary>
    public class UntagRoleResponse : AmazonWebServiceResponse
    {
    }
}
