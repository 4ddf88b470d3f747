using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists the names of the inline policies of an IAM role (IAM ListRolePolicies).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMRolePolicyList")]
    [OutputType("System.String")]
    [Alias("Get-IAMRolePolicies")]
    public class GetIAMRolePolicyListCmdlet : IamPagedCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the whole ListRolePoliciesResponse, '^Name' for the value of parameter Name, or a property path. Default: PolicyNames.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "PolicyNames";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListRolePolicies(
                    new ListRolePoliciesRequest
                    {
                        RoleName = RoleName,
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
