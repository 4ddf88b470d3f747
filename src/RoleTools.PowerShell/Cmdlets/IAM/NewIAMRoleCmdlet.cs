using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Creates an IAM role with a trust policy (IAM CreateRole).</summary>
    [Cmdlet(VerbsCommon.New, "IAMRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType("Amazon.IdentityManagement.Model.Role")]
    public class NewIAMRoleCmdlet : IamCmdlet
    {
        /// <summary>The path of the new entity, "/" or "/text/" (1-512 characters). Default: "/".</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public string Path { get; set; }

        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string RoleName { get; set; }

        /// <summary>The trust policy (JSON) that names who may assume the role. At most 2,048 characters, not counting whitespace.</summary>
        [Parameter(Position = 2, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string AssumeRolePolicyDocument { get; set; }

        /// <summary>A description of up to 1,000 characters.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>The maximum session duration, in seconds, for credentials of the role: 3600 to 43200. Default: 3600.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MaxSessionDuration { get; set; }

        /// <summary>The ARN of a managed policy to set as the role's permissions boundary.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string PermissionsBoundary { get; set; }

        /// <summary>Tags to add, at most 50: objects or hashtables with Key and Value. Keys compare case-insensitively.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        public Amazon.IdentityManagement.Model.Tag[] Tag { get; set; }

        /// <summary>What to write: '*' for the whole CreateRoleResponse, '^Name' for the value of parameter Name, or a property path. Default: Role.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Role";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "CreateRole"))
            {
                return;
            }

            var request = new CreateRoleRequest
            {
                Path = Path,
                RoleName = RoleName,
                AssumeRolePolicyDocument = AssumeRolePolicyDocument,
                Description = Description,
                MaxSessionDuration = MaxSessionDuration,
                PermissionsBoundary = PermissionsBoundary,
                Tags = ToList(Tag),
            };
            CreateRoleResponse response = Invoke(() => Iam.CreateRole(request));
            WriteChange($"Created role {response.Role.RoleName} ({response.Role.RoleId}, {response.Role.Arn}).");
            WriteSelected(response, Select);
        }
    }
}
