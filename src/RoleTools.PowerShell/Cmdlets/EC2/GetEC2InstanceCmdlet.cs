using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Get-EC2Instance (DescribeInstances): writes Reservation objects, each holding its Instances,
    /// for the given instances or all of the region, narrowed by filters.
    /// </summary>
    [Cmdlet("Get", "EC2Instance")]
    [OutputType(typeof(Reservation))]
    public class GetEC2InstanceCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Instances to describe: IDs, Instance objects or Reservation objects. An unknown ID fails the whole call.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceIds")]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public object[] InstanceId { get; set; }

        /// <summary>Filters such as @{Name='instance-state-name'; Values='running'}; values take * and ? wildcards.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Filters")]
        public Filter[] Filter { get; set; }

        /// <summary>Page size in instances, 5 to 1000. Cannot be combined with -InstanceId.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("MaxResults")]
        public int? MaxResult { get; set; }

        /// <summary>Token of the page to start from; with it, only that page is returned.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string NextToken { get; set; }

        /// <summary>Returns only the first page instead of all of them.</summary>
        [Parameter]
        public SwitchParameter NoAutoIteration { get; set; }

        /// <summary>What to write: a property path of DescribeInstancesResponse, '*' for each page's response, or '^Filter'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "Reservations";

        protected override void ProcessRecord()
        {
            Ec2Service service = CreateService();
            var ids = ToList(ToInstanceIds(InstanceId));
            var filters = ToList(Filter);
            WritePaged(
                token => service.DescribeInstances(new DescribeInstancesRequest { InstanceIds = ids, Filters = filters, MaxResults = MaxResult, NextToken = token }),
                page => page.NextToken,
                NextToken,
                NoAutoIteration,
                Select);
        }
    }
}
