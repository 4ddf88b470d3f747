using System.Collections.Generic;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>Start-EC2Instance (StartInstances): starts stopped instances, which pass through pending to running.</summary>
    [Cmdlet("Start", "EC2Instance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InstanceStateChange))]
    public class StartEC2InstanceCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Instances to start: IDs, Instance objects or Reservation objects.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceIds")]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public object[] InstanceId { get; set; }

        /// <summary>Reserved by the StartInstances API; accepted and not used.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string AdditionalInfo { get; set; }

        /// <summary>What to write: a property path of StartInstancesResponse, '*' for the whole response, or '^InstanceId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "StartingInstances";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            List<string> ids = ToInstanceIds(InstanceId);
            if (!ConfirmShouldProceed(Force, FormatTarget(ids), "StartInstances"))
            {
                return;
            }

            Ec2Service service = CreateService();
            StartInstancesResponse response = Invoke(() => service.StartInstances(new StartInstancesRequest { InstanceIds = ids, AdditionalInfo = AdditionalInfo }));
            WriteChange($"Started {FormatTarget(ids)} in {service.Region}.");
            WriteSelected(response, Select);
        }
    }
}
