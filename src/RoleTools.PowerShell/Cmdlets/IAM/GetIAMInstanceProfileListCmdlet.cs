using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Lists instance profiles, ordered by name (IAM ListInstanceProfiles).</summary>
    [Cmdlet(VerbsCommon.Get, "IAMInstanceProfileList")]
    [OutputType("Amazon.IdentityManagement.Model.InstanceProfile")]
    [Alias("Get-IAMInstanceProfiles")]
    public class GetIAMInstanceProfileListCmdlet : IamPagedCmdlet
    {
        /// <summary>Lists only entities whose path starts with this text (1-512 characters). Default: "/", which lists all.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public string PathPrefix { get; set; }

        /// <summary>What to write: '*' for the whole ListInstanceProfilesResponse, '^Name' for the value of parameter Name, or a property path. Default: InstanceProfiles.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "InstanceProfiles";

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            WritePaged(
                marker => Iam.ListInstanceProfiles(
                    new ListInstanceProfilesRequest
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
