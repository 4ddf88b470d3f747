using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Gets an IAM role with its tags, permissions boundary and last use (IAM GetRole).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMRole")]
    [OutputType("Amazon.IdentityManagement.Model.Role")]
    public class GetIAMRoleCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the whole GetRoleResponse, '^Name' for the value of parameter Name, or a property path. Default: Role.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Role";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var request = new GetRoleRequest
            {
                RoleName = RoleName,
            };
            GetRoleResponse response = Invoke(() => Iam.GetRole(request));
            WriteSelected(response, Select);
        }
    }
}
