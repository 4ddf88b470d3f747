using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>Get-EC2Tag (DescribeTags): writes a TagDescription per tag of the region's instances.</summary>
    [Cmdlet("Get", "EC2Tag")]
    [OutputType(typeof(TagDescription))]
    public class GetEC2TagCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Filters: key, value, resource-id, resource-type and tag:KEY; values take * and ? wildcards.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Filters")]
        public Filter[] Filter { get; set; }

        /// <summary>Page size, 5 to 1000.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxItems", "MaxResults")]
        public int? MaxResult { get; set; }

        /// <summary>Token of the page to start from; with it, only that page is returned.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string NextToken { get; set; }

        /// <summary>Returns only the first page instead of all of them.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }

        /// <summary>What to write: a property path of DescribeTagsResponse, '*' for each page's response, or '^Filter'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Tags";

        protected override void ProcessRecord()
        {
            Ec2Service service = CreateService();
            var filters = ToList(Filter);
            WritePaged(
                token => service.DescribeTags(new DescribeTagsRequest { Filters = filters, MaxResults = MaxResult, NextToken = token }),
                page => page.NextToken,
                NextToken,
                NoAutoIteration,
                Select);
        }
    }
}
