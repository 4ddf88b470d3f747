using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Set-EC2IamInstanceProfileAssociation (ReplaceIamInstanceProfileAssociation): gives a running instance
    /// another instance profile without detaching first, and writes the new association (a new ID).
    /// </summary>
    [Cmdlet("Set", "EC2IamInstanceProfileAssociation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IamInstanceProfileAssociation))]
    public class SetEC2IamInstanceProfileAssociationCmdlet : Ec2OperationCmdlet
    {
        /// <summary>ID of the association to replace (iip-assoc-...), not an instance ID.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(AssociationIdCompleter))]
        public string AssociationId { get; set; }

        /// <summary>ARN of the new instance profile. Give this or -IamInstanceProfile_Name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string IamInstanceProfile_Arn { get; set; }

        /// <summary>Name of the new instance profile. Give this or -IamInstanceProfile_Arn.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string IamInstanceProfile_Name { get; set; }

        /// <summary>What to write: a property path of ReplaceIamInstanceProfileAssociationResponse, '*', or '^AssociationId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "IamInstanceProfileAssociation";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, AssociationId, "ReplaceIamInstanceProfileAssociation"))
            {
                return;
            }

            Ec2Service service = CreateService();
            var request = new ReplaceIamInstanceProfileAssociationRequest
            {
                AssociationId = AssociationId,
                IamInstanceProfile = new IamInstanceProfileSpecification { Arn = IamInstanceProfile_Arn, Name = IamInstanceProfile_Name },
            };
            ReplaceIamInstanceProfileAssociationResponse response = Invoke(() => service.ReplaceIamInstanceProfileAssociation(request));
            WriteChange($"Replaced association {AssociationId} with {DescribeAssociation(response.IamInstanceProfileAssociation)}.");
            WriteSelected(response, Select);
        }
    }
}
