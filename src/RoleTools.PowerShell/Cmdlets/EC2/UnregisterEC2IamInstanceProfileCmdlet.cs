using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Unregister-EC2IamInstanceProfile (DisassociateIamInstanceProfile): detaches an instance profile by
    /// association ID and writes the association in state disassociating.
    /// </summary>
    [Cmdlet("Unregister", "EC2IamInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IamInstanceProfileAssociation))]
    public class UnregisterEC2IamInstanceProfileCmdlet : Ec2OperationCmdlet
    {
        /// <summary>ID of the association to end (iip-assoc-...), not an instance ID.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(AssociationIdCompleter))]
        public string AssociationId { get; set; }

        /// <summary>What to write: a property path of DisassociateIamInstanceProfileResponse, '*', or '^AssociationId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "IamInstanceProfileAssociation";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, AssociationId, "DisassociateIamInstanceProfile"))
            {
                return;
            }

            Ec2Service service = CreateService();
            DisassociateIamInstanceProfileResponse response = Invoke(() => service.DisassociateIamInstanceProfile(
                new DisassociateIamInstanceProfileRequest { AssociationId = AssociationId }));
            WriteChange($"Disassociating {DescribeAssociation(response.IamInstanceProfileAssociation)}.");
            WriteSelected(response, Select);
        }
    }
}
