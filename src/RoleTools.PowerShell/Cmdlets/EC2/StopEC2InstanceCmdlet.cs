using System;
using System.Collections.Generic;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Stop-EC2Instance (StopInstances): stops running instances, which pass through stopping to stopped.
    /// -Force only skips confirmation; -Enforce $true is the API's forced stop.
    /// </summary>
    [Cmdlet("Stop", "EC2Instance", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(InstanceStateChange))]
    public class StopEC2InstanceCmdlet : Ec2OperationCmdlet
    {
        /// <summary>Instances to stop: IDs, Instance objects or Reservation objects.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceIds")]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public object[] InstanceId { get; set; }

        /// <summary>Forces the stop without an orderly OS shutdown (the API's Force member). Emulated stops behave the same either way.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? Enforce { get; set; }

        /// <summary>Hibernates instead of stopping; the instance must have been launched with hibernation configured.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? Hibernate { get; set; }

        /// <summary>Skips the OS shutdown. Emulated stops behave the same either way.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public bool? SkipOsShutdown { get; set; }

        /// <summary>Obsolete: the same as -Enforce $true.</summary>
        [Parameter]
        [Obsolete("Use -Enforce $true instead.")]
        public SwitchParameter ForceStop { get; set; }

        /// <summary>What to write: a property path of StopInstancesResponse, '*' for the whole response, or '^InstanceId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "StoppingInstances";

        /// <summary>Skips the confirmation prompt. It does not force the stop; use -Enforce for that.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            List<string> ids = ToInstanceIds(InstanceId);
            if (!ConfirmShouldProceed(Force, FormatTarget(ids), "StopInstances"))
            {
                return;
            }

#pragma warning disable CS0618 // ForceStop is kept for scripts written for older AWS Tools.
            bool? enforce = ForceStop.IsPresent ? true : Enforce;
#pragma warning restore CS0618
            var request = new StopInstancesRequest { InstanceIds = ids, Force = enforce, Hibernate = Hibernate, SkipOsShutdown = SkipOsShutdown };
            Ec2Service service = CreateService();
            StopInstancesResponse response = Invoke(() => service.StopInstances(request));
            WriteChange($"Stopped {FormatTarget(ids)} in {service.Region}.");
            WriteSelected(response, Select);
        }
    }
}
