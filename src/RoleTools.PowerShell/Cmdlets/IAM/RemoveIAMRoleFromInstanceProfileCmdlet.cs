using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Removes an IAM role from an instance profile (IAM RemoveRoleFromInstanceProfile).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMRoleFromInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMRoleFromInstanceProfileCmdlet : IamCmdlet
    {
        /// <summary>The name of the instance profile (1-128 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string InstanceProfileName { get; set; }

        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the RemoveRoleFromInstanceProfileResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "RemoveRoleFromInstanceProfile"))
            {
                return;
            }

            var request = new RemoveRoleFromInstanceProfileRequest
            {
                InstanceProfileName = InstanceProfileName,
                RoleName = RoleName,
            };
            RemoveRoleFromInstanceProfileResponse response = Invoke(() => Iam.RemoveRoleFromInstanceProfile(request));
            WriteChange($"Removed role {RoleName} from instance profile {InstanceProfileName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
