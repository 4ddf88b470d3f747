using System.Management.Automation;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Edit-EC2InstanceMetadataOption (ModifyInstanceMetadataOptions): changes how the instance metadata
    /// service responds to an instance. Options not given keep their values.
    /// </summary>
    [Cmdlet("Edit", "EC2InstanceMetadataOption", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ModifyInstanceMetadataOptionsResponse))]
    public class EditEC2InstanceMetadataOptionCmdlet : Ec2OperationCmdlet
    {
        /// <summary>ID of the instance.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string InstanceId { get; set; }

        /// <summary>'required' for IMDSv2 session tokens only, 'optional' to allow IMDSv1 too.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("HttpTokens")]
        public HttpTokensState HttpToken { get; set; }

        /// <summary>'enabled' or 'disabled': whether the metadata endpoint responds at all.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceMetadataEndpointState HttpEndpoint { get; set; }

        /// <summary>Hop limit of IMDSv2 token responses, 1 to 64.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? HttpPutResponseHopLimit { get; set; }

        /// <summary>'enabled' or 'disabled': whether the IPv6 endpoint responds.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InstanceMetadataProtocolState HttpProtocolIpv6 { get; set; }

        /// <summary>'enabled' or 'disabled': whether instance tags are readable from metadata.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InstanceMetadataTags")]
        public InstanceMetadataTagsState InstanceMetadataTag { get; set; }

        /// <summary>What to write: '*' (the default) for the ModifyInstanceMetadataOptionsResponse, a property path, or '^InstanceId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, InstanceId, "ModifyInstanceMetadataOptions"))
            {
                return;
            }

            Ec2Service service = CreateService();
            var request = new ModifyInstanceMetadataOptionsRequest
            {
                InstanceId = InstanceId,
                HttpTokens = HttpToken,
                HttpEndpoint = HttpEndpoint,
                HttpPutResponseHopLimit = HttpPutResponseHopLimit,
                HttpProtocolIpv6 = HttpProtocolIpv6,
                InstanceMetadataTags = InstanceMetadataTag,
            };
            ModifyInstanceMetadataOptionsResponse response = Invoke(() => service.ModifyInstanceMetadataOptions(request));
            WriteChange($"Changed the metadata options of {InstanceId}.");
            WriteSelected(response, Select);
        }
    }
}
