namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the emulated AWS.Tools.IdentityManagement cmdlets. IAM is global: -Region is accepted and ignored.
    /// </summary>
    public abstract class IamCmdlet : AwsServiceCmdlet
    {
    }
}
