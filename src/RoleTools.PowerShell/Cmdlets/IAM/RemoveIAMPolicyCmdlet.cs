using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Deletes a customer managed policy that is not in use (IAM DeletePolicy).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMPolicyCmdlet : IamCmdlet
    {
        /// <summary>The ARN of the managed policy, e.g. arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(PolicyArnCompleter))]
        public string PolicyArn { get; set; }

        /// <summary>What to write: '*' for the DeletePolicyResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, PolicyArn, "DeletePolicy"))
            {
                return;
            }

            var request = new DeletePolicyRequest
            {
                PolicyArn = PolicyArn,
            };
            DeletePolicyResponse response = Invoke(() => Iam.DeletePolicy(request));
            WriteChange($"Deleted managed policy {PolicyArn}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
