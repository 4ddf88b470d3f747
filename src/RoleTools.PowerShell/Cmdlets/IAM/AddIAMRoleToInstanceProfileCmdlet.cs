using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Adds an IAM role to an instance profile, which contains at most one role (IAM AddRoleToInstanceProfile).</summary>
    [Cmdlet(VerbsCommon.Add, "IAMRoleToInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class AddIAMRoleToInstanceProfileCmdlet : IamCmdlet
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

        /// <summary>What to write: '*' for the AddRoleToInstanceProfileResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, InstanceProfileName, "AddRoleToInstanceProfile"))
            {
                return;
            }

            var request = new AddRoleToInstanceProfileRequest
            {
                InstanceProfileName = InstanceProfileName,
                RoleName = RoleName,
            };
            AddRoleToInstanceProfileResponse response = Invoke(() => Iam.AddRoleToInstanceProfile(request));
            WriteChange($"Added role {RoleName} to instance profile {InstanceProfileName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
