using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists the instance profiles that contain an IAM role (IAM ListInstanceProfilesForRole).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMInstanceProfileForRole")]
    [OutputType("Amazon.IdentityManagement.Model.InstanceProfile")]
    public class GetIAMInstanceProfileForRoleCmdlet : IamPagedCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the whole ListInstanceProfilesForRoleResponse, '^Name' for the value of parameter Name, or a property path. Default: InstanceProfiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "InstanceProfiles";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListInstanceProfilesForRole(
                    new ListInstanceProfilesForRoleRequest
                    {
                        RoleName = RoleName,
                        Marker = marker,
                        MaxItems = MaxItem,
                    }),
                page => page.Marker,
                Marker,
                NoAutoIteration.IsPresent,
                Select);
        }
    }
}
