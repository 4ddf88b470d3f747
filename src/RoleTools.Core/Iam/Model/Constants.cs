using Amazon.Runtime;

// Look-alikes of the SDK's IAM enumerations. Like every SDK ConstantClass, a string converts implicitly,
// so PowerShell binds -Scope AWS to PolicyScopeType.AWS.
namespace Amazon.IdentityManagement
{
    /// <summary>Which managed policies ListPolicies returns: All, AWS (AWS managed) or Local (customer managed).</summary>
    public class PolicyScopeType : ConstantClass
    {
        public static readonly PolicyScopeType All = new PolicyScopeType("All");
        public static readonly PolicyScopeType AWS = new PolicyScopeType("AWS");
        public static readonly PolicyScopeType Local = new PolicyScopeType("Local");

        public PolicyScopeType(string value) : base(value)
        {
        }

        public static PolicyScopeType FindValue(string value) => FindValue<PolicyScopeType>(value);

        public static implicit operator PolicyScopeType(string value) => FindValue(value);
    }

    /// <summary>How a managed policy is used: as a permissions policy or as a permissions boundary.</summary>
    public class PolicyUsageType : ConstantClass
    {
        public static readonly PolicyUsageType PermissionsBoundary = new PolicyUsageType("PermissionsBoundary");
        public static readonly PolicyUsageType PermissionsPolicy = new PolicyUsageType("PermissionsPolicy");

        public PolicyUsageType(string value) : base(value)
        {
        }

        public static PolicyUsageType FindValue(string value) => FindValue<PolicyUsageType>(value);

        public static implicit operator PolicyUsageType(string value) => FindValue(value);
    }

    /// <summary>The kind of entity set as a permissions boundary; IAM defines only PermissionsBoundaryPolicy.</summary>
    public class PermissionsBoundaryAttachmentType : ConstantClass
    {
        public static readonly PermissionsBoundaryAttachmentType PermissionsBoundaryPolicy = new PermissionsBoundaryAttachmentType("PermissionsBoundaryPolicy");

        public PermissionsBoundaryAttachmentType(string value) : base(value)
        {
        }

        public static PermissionsBoundaryAttachmentType FindValue(string value) => FindValue<PermissionsBoundaryAttachmentType>(value);

        public static implicit operator PermissionsBoundaryAttachmentType(string value) => FindValue(value);
    }
}
