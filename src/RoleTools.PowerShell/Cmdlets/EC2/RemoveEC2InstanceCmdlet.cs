using System.Collections.Generic;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Remove-EC2Instance (TerminateInstances): terminates instances, which pass through shutting-down to
    /// terminated and stay visible for an hour. Prompts for confirmation unless -Force is given.
    /// </summary>
    [Cmdlet("Remove", "EC2Instance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(InstanceStateChange))]
    public class RemoveEC2InstanceCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Instances to terminate: IDs, Instance objects or Reservation objects (at most 1000 IDs).</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceIds")]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public object[] InstanceId { get; set; }

        /// <summary>What to write: a property path of TerminateInstancesResponse, '*' for the whole response, or '^InstanceId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "TerminatingInstances";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            List<string> ids = ToInstanceIds(InstanceId);
            if (!ConfirmShouldProceed(Force, FormatTarget(ids), "TerminateInstances"))
            {
                return;
            }

            Ec2Service service = CreateService();
            TerminateInstancesResponse response = Invoke(() => service.TerminateInstances(new TerminateInstancesRequest { InstanceIds = ids }));
            WriteChange($"Terminated {FormatTarget(ids)} in {service.Region}.");
            WriteSelected(response, Select);
        }
    }
}
