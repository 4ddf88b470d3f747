using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Get-EC2IamInstanceProfileAssociation (DescribeIamInstanceProfileAssociations): writes the region's
    /// associations, by ID or filtered by instance-id and state. It has no positional parameter.
    /// </summary>
    [Cmdlet("Get", "EC2IamInstanceProfileAssociation")]
    [OutputType(typeof(IamInstanceProfileAssociation))]
    public class GetEC2IamInstanceProfileAssociationCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Association IDs (iip-assoc-...). An unknown ID fails the whole call.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AssociationIds")]
        [ArgumentCompleter(typeof(AssociationIdCompleter))]
        public string[] AssociationId { get; set; }

        /// <summary>Filters: instance-id and state (associating, associated, disassociating).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("Filters")]
        public Filter[] Filter { get; set; }

        /// <summary>Page size, 5 to 1000. Cannot be combined with -AssociationId.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxItems", "MaxResults")]
        public int? MaxResult { get; set; }

        /// <summary>Token of the page to start from; with it, only that page is returned.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string NextToken { get; set; }

        /// <summary>Returns only the first page instead of all of them.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }

        /// <summary>What to write: a property path of DescribeIamInstanceProfileAssociationsResponse, '*', or '^Filter'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "IamInstanceProfileAssociations";

        protected override void ProcessRecord()
        {
            Ec2Service service = CreateService();
            var ids = ToList(AssociationId);
            var filters = ToList(Filter);
            WritePaged(
                token => service.DescribeIamInstanceProfileAssociations(new DescribeIamInstanceProfileAssociationsRequest
                {
                    AssociationIds = ids,
                    Filters = filters,
                    MaxResults = MaxResult,
                    NextToken = token,
                }),
                page => page.NextToken,
                NextToken,
                NoAutoIteration,
                Select);
        }
    }
}
