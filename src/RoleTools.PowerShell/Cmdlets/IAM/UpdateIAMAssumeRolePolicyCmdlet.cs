using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Replaces the trust policy of an IAM role (IAM UpdateAssumeRolePolicy).</summary>
    [Cmdlet(VerbsData.Update, "IAMAssumeRolePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class UpdateIAMAssumeRolePolicyCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>The new trust policy (JSON). At most 2,048 characters, not counting whitespace.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string PolicyDocument { get; set; }

        /// <summary>What to write: '*' for the UpdateAssumeRolePolicyResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "UpdateAssumeRolePolicy"))
            {
                return;
            }

            var request = new UpdateAssumeRolePolicyRequest
            {
                RoleName = RoleName,
                PolicyDocument = PolicyDocument,
            };
            UpdateAssumeRolePolicyResponse response = Invoke(() => Iam.UpdateAssumeRolePolicy(request));
            WriteChange($"Replaced the trust policy of role {RoleName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
