using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Gets an instance profile with its role (IAM GetInstanceProfile).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMInstanceProfile")]
    [OutputType("Amazon.IdentityManagement.Model.InstanceProfile")]
    public class GetIAMInstanceProfileCmdlet : IamCmdlet
    {
        /// <summary>The name of the instance profile (1-128 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string InstanceProfileName { get; set; }

        /// <summary>What to write: '*' for the whole GetInstanceProfileResponse, '^Name' for the value of parameter Name, or a property path. Default: InstanceProfile.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "InstanceProfile";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            var request = new GetInstanceProfileRequest
            {
                InstanceProfileName = InstanceProfileName,
            };
            GetInstanceProfileResponse response = Invoke(() => Iam.GetInstanceProfile(request));
            WriteSelected(response, Select);
        }
    }
}
