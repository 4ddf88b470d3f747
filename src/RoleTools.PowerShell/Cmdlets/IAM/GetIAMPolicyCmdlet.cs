using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Gets a customer or AWS managed policy (IAM GetPolicy).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMPolicy")]
    [OutputType("Amazon.IdentityManagement.Model.ManagedPolicy")]
    public class GetIAMPolicyCmdlet : IamCmdlet
    {
        /// <summary>The ARN of the managed policy, e.g. arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(PolicyArnCompleter))]
        public string PolicyArn { get; set; }

        /// <summary>What to write: '*' for the whole GetPolicyResponse, '^Name' for the value of parameter Name, or a property path. Default: Policy.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Policy";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var request = new GetPolicyRequest
            {
                PolicyArn = PolicyArn,
            };
            GetPolicyResponse response = Invoke(() => Iam.GetPolicy(request));
            WriteSelected(response, Select);
        }
    }
}
