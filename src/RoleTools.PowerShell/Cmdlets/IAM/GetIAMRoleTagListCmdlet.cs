using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists the tags of an IAM role (IAM ListRoleTags).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMRoleTagList")]
    [OutputType("Amazon.IdentityManagement.Model.Tag")]
    public class GetIAMRoleTagListCmdlet : IamPagedCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>What to write: '*' for the whole ListRoleTagsResponse, '^Name' for the value of parameter Name, or a property path. Default: Tags.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Tags";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListRoleTags(
                    new ListRoleTagsRequest
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
