using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Creates a customer managed policy (IAM CreatePolicy).</summary>
    [Cmdlet(VerbsCommon.New, "IAMPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType("Amazon.IdentityManagement.Model.ManagedPolicy")]
    public class NewIAMPolicyCmdlet : IamCmdlet
    {
        /// <summary>The name of the managed policy (1-128 characters of letters, digits and +=,.@_-).</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string PolicyName { get; set; }

        /// <summary>The path of the new policy, "/" or "/segment/.../" with letters, digits and .,+@=_- (1-512 characters). Default: "/".</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Path { get; set; }

        /// <summary>The permissions policy (JSON) of version v1. At most 6,144 characters, not counting whitespace.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string PolicyDocument { get; set; }

        /// <summary>A description of up to 1,000 characters.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>Tags to add, at most 50: objects or hashtables with Key and Value. Keys compare case-insensitively.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        public Amazon.IdentityManagement.Model.Tag[] Tag { get; set; }

        /// <summary>What to write: '*' for the whole CreatePolicyResponse, '^Name' for the value of parameter Name, or a property path. Default: Policy.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Policy";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, PolicyName, "CreatePolicy"))
            {
                return;
            }

            var request = new CreatePolicyRequest
            {
                PolicyName = PolicyName,
                Path = Path,
                PolicyDocument = PolicyDocument,
                Description = Description,
                Tags = ToList(Tag),
            };
            CreatePolicyResponse response = Invoke(() => Iam.CreatePolicy(request));
            WriteChange($"Created managed policy {response.Policy.PolicyName} ({response.Policy.PolicyId}, {response.Policy.Arn}), version {response.Policy.DefaultVersionId}.");
            WriteSelected(response, Select);
        }
    }
}
