using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists IAM roles, ordered by name (IAM ListRoles).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMRoleList")]
    [OutputType("Amazon.IdentityManagement.Model.Role")]
    [Alias("Get-IAMRoles")]
    public class GetIAMRoleListCmdlet : IamPagedCmdlet
    {
        /// <summary>Lists only entities whose path starts with this text (1-512 characters). Default: "/", which lists all.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public string PathPrefix { get; set; }

        /// <summary>What to write: '*' for the whole ListRolesResponse, '^Name' for the value of parameter Name, or a property path. Default: Roles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Roles";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListRoles(
                    new ListRolesRequest
                    {
                        PathPrefix = PathPrefix,
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
