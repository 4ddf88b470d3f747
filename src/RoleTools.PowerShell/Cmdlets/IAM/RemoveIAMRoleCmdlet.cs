using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Deletes an IAM role that is in no instance profile and has no policies (IAM DeleteRole).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMRoleCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the DeleteRoleResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "DeleteRole"))
            {
                return;
            }

            var request = new DeleteRoleRequest
            {
                RoleName = RoleName,
            };
            DeleteRoleResponse response = Invoke(() => Iam.DeleteRole(request));
            WriteChange($"Deleted role {RoleName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
