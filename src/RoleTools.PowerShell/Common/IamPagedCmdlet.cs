using System.Management.Automation;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the IAM list cmdlets: the paging parameters AWS Tools gives every paginated IAM operation.
    /// </summary>
    public abstract class IamPagedCmdlet : IamCmdlet
    {
        /// <summary>The Marker of a previous truncated response; the listing continues from there and stops after one page.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("NextToken")]
        public string Marker { get; set; }

        /// <summary>The page size: 1 to 1000 items per response. Default: 100. All pages are still read unless -NoAutoIteration or -Marker is given.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxItems")]
        public int? MaxItem { get; set; }

        /// <summary>Reads only one page instead of following Marker until the listing ends.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }
    }
}
