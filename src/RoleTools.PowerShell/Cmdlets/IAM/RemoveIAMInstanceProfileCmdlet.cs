using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Deletes an instance profile that contains no role (IAM DeleteInstanceProfile).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMInstanceProfileCmdlet : IamCmdlet
    {
        /// <summary>The name of the instance profile (1-128 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string InstanceProfileName { get; set; }

        /// <summary>What to write: '*' for the DeleteInstanceProfileResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, InstanceProfileName, "DeleteInstanceProfile"))
            {
                return;
            }

            var request = new DeleteInstanceProfileRequest
            {
                InstanceProfileName = InstanceProfileName,
            };
            DeleteInstanceProfileResponse response = Invoke(() => Iam.DeleteInstanceProfile(request));
            WriteChange($"Deleted instance profile {InstanceProfileName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
