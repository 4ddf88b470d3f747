using System;
using System.Collections.Generic;

// Look-alikes of the AWS SDK for .NET v4 IAM model classes (the AWSSDK.IdentityManagement package is not
// available to this project). Names, property names and property types follow the SDK: value types are
// nullable, and a list the service did not return stays null.
namespace Amazon.IdentityManagement.Model
{
    /// <summary>An IAM role. Its AssumeRolePolicyDocument is URL-encoded, as IAM returns it.</summary>
    public class Role
    {
        public string Arn { get; set; }

        public string AssumeRolePolicyDocument { get; set; }

        public DateTime? CreateDate { get; set; }

        public string Description { get; set; }

        public int? MaxSessionDuration { get; set; }

        public string Path { get; set; }

        public AttachedPermissionsBoundary PermissionsBoundary { get; set; }

        public string RoleId { get; set; }

        public RoleLastUsed RoleLastUsed { get; set; }

        public string RoleName { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>The managed policy set as a role's permissions boundary.</summary>
    public class AttachedPermissionsBoundary
    {
        public string PermissionsBoundaryArn { get; set; }

        public PermissionsBoundaryAttachmentType PermissionsBoundaryType { get; set; }
    }

    /// <summary>When and in which region a role was last used; both are null for a role never used.</summary>
    public class RoleLastUsed
    {
        public DateTime? LastUsedDate { get; set; }

        public string Region { get; set; }
    }

    /// <summary>A tag: a key and a value (the value may be empty).</summary>
    public class Tag
    {
        public string Key { get; set; }

        public string Value { get; set; }
    }

    /// <summary>An instance profile with the role it contains (zero or one).</summary>
    public class InstanceProfile
    {
        public string Arn { get; set; }

        public DateTime? CreateDate { get; set; }

        public string InstanceProfileId { get; set; }

        public string InstanceProfileName { get; set; }

        public string Path { get; set; }

        public List<Role> Roles { get; set; }

        public List<Tag> Tags { get; set; }
    }

    /// <summary>A managed policy: the SDK's name for the IAM model shape Policy.</summary>
    public class ManagedPolicy
    {
        public string Arn { get; set; }

        public int? AttachmentCount { get; set; }

        public DateTime? CreateDate { get; set; }

        public string DefaultVersionId { get; set; }

        public string Description { get; set; }

        public bool? IsAttachable { get; set; }

        public string Path { get; set; }

        public int? PermissionsBoundaryUsageCount { get; set; }

        public string PolicyId { get; set; }

        public string PolicyName { get; set; }

        public List<Tag> Tags { get; set; }

        public DateTime? UpdateDate { get; set; }
    }

    /// <summary>A managed policy attached to a role: the SDK's name for the IAM shape AttachedPolicy.</summary>
    public class AttachedPolicyType
    {
        public string PolicyArn { get; set; }

        public string PolicyName { get; set; }
    }

    /// <summary>One version of a managed policy. Its Document is URL-encoded.</summary>
    public class PolicyVersion
    {
        public DateTime? CreateDate { get; set; }

        public string Document { get; set; }

        public bool? IsDefaultVersion { get; set; }

        public string VersionId { get; set; }
    }
}
