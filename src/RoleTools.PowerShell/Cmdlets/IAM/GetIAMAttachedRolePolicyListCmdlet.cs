using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists the managed policies attached to an IAM role (IAM ListAttachedRolePolicies).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMAttachedRolePolicyList")]
    [OutputType("Amazon.IdentityManagement.Model.AttachedPolicyType")]
    [Alias("Get-IAMAttachedRolePolicies")]
    public class GetIAMAttachedRolePolicyListCmdlet : IamPagedCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>Lists only policies whose path starts with this text (1-512 characters). Default: "/", which lists all.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string PathPrefix { get; set; }

        /// <summary>What to write: '*' for the whole ListAttachedRolePoliciesResponse, '^Name' for the value of parameter Name, or a property path. Default: AttachedPolicies.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "AttachedPolicies";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListAttachedRolePolicies(
                    new ListAttachedRolePoliciesRequest
                    {
                        RoleName = RoleName,
                        PathPrefix = PathPrefix,
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
