using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Removes tags from an IAM role (IAM UntagRole).</summary>
    [Cmdlet(VerbsCommon.Remove, "IAMRoleTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveIAMRoleTagCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>The keys of the tags to remove, at most 50; matched case-insensitively.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyCollection]
        [AllowNull]
        [Alias("TagKeys")]
        public string[] TagKey { get; set; }

        /// <summary>What to write: '*' for the UntagRoleResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "UntagRole"))
            {
                return;
            }

            var request = new UntagRoleRequest
            {
                RoleName = RoleName,
                TagKeys = ToList(TagKey),
            };
            UntagRoleResponse response = Invoke(() => Iam.UntagRole(request));
            WriteChange($"Removed tag keys {FormatTarget(TagKey ?? new string[0])} from role {RoleName} (keys the role did not have are ignored, as in IAM).");
            WriteSelectedIfBound(response, Select);
        }
    }
}
