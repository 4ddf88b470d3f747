using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Gets an inline policy of an IAM role, its document URL-encoded (IAM GetRolePolicy).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMRolePolicy")]
    [OutputType("Amazon.IdentityManagement.Model.GetRolePolicyResponse")]
    public class GetIAMRolePolicyCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>The name of the inline policy (1-128 characters of letters, digits and +=,.@_-).</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string PolicyName { get; set; }

        /// <summary>What to write: '*' for the whole GetRolePolicyResponse, '^Name' for the value of parameter Name, or a property path. Default: *.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var request = new GetRolePolicyRequest
            {
                RoleName = RoleName,
                PolicyName = PolicyName,
            };
            GetRolePolicyResponse response = Invoke(() => Iam.GetRolePolicy(request));
            WriteSelected(response, Select);
        }
    }
}
