using System.Linq;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Remove-EC2Tag (DeleteTags): removes tags from instances. A tag with a value is removed only when the
    /// value matches; without -Tag every tag goes. Prompts for confirmation unless -Force is given.
    /// </summary>
    [Cmdlet("Remove", "EC2Tag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    public class RemoveEC2TagCmdlet : Ec2OperationCmdlet
    {
        /// <summary>IDs of the resources to untag; RoleTools keeps instances (i-...) only.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Resources", "ResourceId")]
        [AllowEmptyCollection]
        [AllowNull]
        public string[] Resource { get; set; }

        /// <summary>Tags to remove, as Tag objects or @{Key='Name'}; a Value makes the removal conditional on it.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        public Tag[] Tag { get; set; }

        /// <summary>What to write: nothing by default; '*' for the DeleteTagsResponse or '^Resource'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, FormatTarget(Resource), "DeleteTags"))
            {
                return;
            }

            Ec2Service service = CreateService();
            DeleteTagsResponse response = Invoke(() => service.DeleteTags(new DeleteTagsRequest { Resources = ToList(Resource), Tags = ToList(Tag) }));
            WriteChange(Tag == null || Tag.Length == 0 ? $"Removed every tag from {FormatTarget(Resource)}." : $"Removed tags {FormatTarget(Tag.Select(tag => tag?.Key))} from {FormatTarget(Resource)}.");
            if (IsBound(nameof(Select)))
            {
                WriteSelected(response, Select);
            }
        }
    }
}
