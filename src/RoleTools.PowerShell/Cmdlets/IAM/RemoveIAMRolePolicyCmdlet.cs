using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Deletes an inline policy of an IAM role (IAM DeleteRolePolicy).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMRolePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMRolePolicyCmdlet : IamCmdlet
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

        /// <summary>What to write: '*' for the DeleteRolePolicyResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, PolicyName, "DeleteRolePolicy"))
            {
                return;
            }

            var request = new DeleteRolePolicyRequest
            {
                RoleName = RoleName,
                PolicyName = PolicyName,
            };
            DeleteRolePolicyResponse response = Invoke(() => Iam.DeleteRolePolicy(request));
            WriteChange($"Deleted inline policy {PolicyName} from role {RoleName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
