using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists customer and AWS managed policies (IAM ListPolicies).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMPolicyList")]
    [OutputType("Amazon.IdentityManagement.Model.ManagedPolicy")]
    [Alias("Get-IAMPolicies")]
    public class GetIAMPolicyListCmdlet : IamPagedCmdlet
    {
        /// <summary>Which policies to list: All (default), AWS for AWS managed, Local for customer managed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Amazon.IdentityManagement.PolicyScopeType Scope { get; set; }

        /// <summary>When $true, lists only policies that are in use.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? OnlyAttached { get; set; }

        /// <summary>Lists only policies whose path starts with this text (1-512 characters). Default: "/", which lists all.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string PathPrefix { get; set; }

        /// <summary>With -OnlyAttached $true, lists only policies used this way: PermissionsPolicy or PermissionsBoundary.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Amazon.IdentityManagement.PolicyUsageType PolicyUsageFilter { get; set; }

        /// <summary>What to write: '*' for the whole ListPoliciesResponse, '^Name' for the value of parameter Name, or a property path. Default: Policies.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Policies";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListPolicies(
                    new ListPoliciesRequest
                    {
                        Scope = Scope,
                        OnlyAttached = OnlyAttached,
                        PathPrefix = PathPrefix,
                        PolicyUsageFilter = PolicyUsageFilter,
                        Marker = marker,
                        MaxItems = MaxItem,
                    }),
                page => page.Marker,
                Marker,
                NoAutoIteration.IsPresent,
                Select);
        }
    }
}
