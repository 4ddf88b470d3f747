using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Detaches a managed policy from an IAM role (IAM DetachRolePolicy).</summary>
    [Cmdlet(VerbsLifecycle.Unregister, "IAMRolePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class UnregisterIAMRolePolicyCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>The ARN of the managed policy, e.g. arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(PolicyArnCompleter))]
        public string PolicyArn { get; set; }

        /// <summary>What to write: '*' for the DetachRolePolicyResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "DetachRolePolicy"))
            {
                return;
            }

            var request = new DetachRolePolicyRequest
            {
                RoleName = RoleName,
                PolicyArn = PolicyArn,
            };
            DetachRolePolicyResponse response = Invoke(() => Iam.DetachRolePolicy(request));
            WriteChange($"Detached managed policy {PolicyArn} from role {RoleName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
