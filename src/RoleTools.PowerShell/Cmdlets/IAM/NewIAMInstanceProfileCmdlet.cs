using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Creates an empty instance profile (IAM CreateInstanceProfile).</summary>
    [Cmdlet(VerbsCommon.New, "IAMInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType("Amazon.IdentityManagement.Model.InstanceProfile")]
    public class NewIAMInstanceProfileCmdlet : IamCmdlet
    {
        /// <summary>The name of the instance profile (1-128 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string InstanceProfileName { get; set; }

        /// <summary>The path of the new entity, "/" or "/text/" (1-512 characters). Default: "/".</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        public string Path { get; set; }

        /// <summary>Tags to add, at most 50: objects or hashtables with Key and Value. Keys compare case-insensitively.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        public Amazon.IdentityManagement.Model.Tag[] Tag { get; set; }

        /// <summary>What to write: '*' for the whole CreateInstanceProfileResponse, '^Name' for the value of parameter Name, or a property path. Default: InstanceProfile.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "InstanceProfile";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, InstanceProfileName, "CreateInstanceProfile"))
            {
                return;
            }

            var request = new CreateInstanceProfileRequest
            {
                InstanceProfileName = InstanceProfileName,
                Path = Path,
                Tags = ToList(Tag),
            };
            CreateInstanceProfileResponse response = Invoke(() => Iam.CreateInstanceProfile(request));
            WriteChange($"Created instance profile {response.InstanceProfile.InstanceProfileName} ({response.InstanceProfile.InstanceProfileId}, {response.InstanceProfile.Arn}).");
            WriteSelected(response, Select);
        }
    }
}
