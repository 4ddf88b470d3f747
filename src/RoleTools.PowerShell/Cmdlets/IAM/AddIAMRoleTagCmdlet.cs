using System.Linq;
using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Adds tags to an IAM role or changes their values (IAM TagRole).</summary>
    [Cmdlet(VerbsCommon.Add, "IAMRoleTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class AddIAMRoleTagCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>Tags to add, at most 50: objects or hashtables with Key and Value. Keys compare case-insensitively.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyCollection]
        [AllowNull]
        [Alias("Tags")]
        public Amazon.IdentityManagement.Model.Tag[] Tag { get; set; }

        /// <summary>What to write: '*' for the TagRoleResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "TagRole"))
            {
                return;
            }

            var request = new TagRoleRequest
            {
                RoleName = RoleName,
                Tags = ToList(Tag),
            };
            TagRoleResponse response = Invoke(() => Iam.TagRole(request));
            WriteChange($"Tagged role {RoleName} with {FormatTarget((Tag ?? new Amazon.IdentityManagement.Model.Tag[0]).Select(tag => tag?.Key))}.");
            WriteSelectedIfBound(response, Select);
        }
    }
}
