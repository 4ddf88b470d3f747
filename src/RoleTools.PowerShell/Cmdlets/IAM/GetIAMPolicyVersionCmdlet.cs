using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Gets one version of a managed policy, its document URL-encoded (IAM GetPolicyVersion).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMPolicyVersion")]
    [OutputType("Amazon.IdentityManagement.Model.PolicyVersion")]
    public class GetIAMPolicyVersionCmdlet : IamCmdlet
    {
        /// <summary>The ARN of the managed policy, e.g. arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(PolicyArnCompleter))]
        public string PolicyArn { get; set; }

        /// <summary>The version to return, e.g. v1. A policy's DefaultVersionId names its current version.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        public string VersionId { get; set; }

        /// <summary>What to write: '*' for the whole GetPolicyVersionResponse, '^Name' for the value of parameter Name, or a property path. Default: PolicyVersion.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "PolicyVersion";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var request = new GetPolicyVersionRequest
            {
                PolicyArn = PolicyArn,
                VersionId = VersionId,
            };
            GetPolicyVersionResponse response = Invoke(() => Iam.GetPolicyVersion(request));
            WriteSelected(response, Select);
        }
    }
}
