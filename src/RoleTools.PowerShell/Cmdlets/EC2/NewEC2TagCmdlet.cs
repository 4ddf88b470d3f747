using System.Linq;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>New-EC2Tag (CreateTags): adds or overwrites tags on instances. Writes nothing by default.</summary>
    [Cmdlet("New", "EC2Tag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class NewEC2TagCmdlet : Ec2OperationCmdlet
    {
        /// <summary>IDs of the resources to tag; RoleTools keeps instances (i-...) only.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Resources", "ResourceId")]
        [AllowEmptyCollection]
        [AllowNull]
        public string[] Resource { get; set; }

        /// <summary>Tags to set, as Tag objects or @{Key='Name'; Value='web'}.</summary>
        [Parameter(Position = 1, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Tags")]
        [AllowEmptyCollection]
        [AllowNull]
        public Tag[] Tag { get; set; }

        /// <summary>What to write: nothing by default; '*' for the CreateTagsResponse or '^Resource'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, FormatTarget(Resource), "CreateTags"))
            {
                return;
            }

            Ec2Service service = CreateService();
            CreateTagsResponse response = Invoke(() => service.CreateTags(new CreateTagsRequest { Resources = ToList(Resource), Tags = ToList(Tag) }));
            WriteChange($"Tagged {FormatTarget(Resource)} with {FormatTarget((Tag ?? new Tag[0]).Select(tag => tag?.Key))}.");
            if (IsBound(nameof(Select)))
            {
                WriteSelected(response, Select);
            }
        }
    }
}
