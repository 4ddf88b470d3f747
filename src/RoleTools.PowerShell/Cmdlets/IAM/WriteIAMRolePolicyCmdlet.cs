using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Adds or replaces an inline policy of an IAM role (IAM PutRolePolicy).</summary>
    [Cmdlet(VerbsCommunications.Write, "IAMRolePolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class WriteIAMRolePolicyCmdlet : IamCmdlet
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

        /// <summary>The permissions policy (JSON). The role's inline policies together may hold at most 10,240 characters, not counting whitespace.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string PolicyDocument { get; set; }

        /// <summary>What to write: '*' for the PutRolePolicyResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "PutRolePolicy"))
            {
                return;
            }

            var request = new PutRolePolicyRequest
            {
                RoleName = RoleName,
                PolicyName = PolicyName,
                PolicyDocument = PolicyDocument,
            };
            PutRolePolicyResponse response = Invoke(() => Iam.PutRolePolicy(request));
            WriteChange($"Put inline policy {PolicyName} on role {RoleName}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
