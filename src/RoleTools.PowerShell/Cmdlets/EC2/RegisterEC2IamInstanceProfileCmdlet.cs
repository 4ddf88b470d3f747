using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Register-EC2IamInstanceProfile (AssociateIamInstanceProfile): attaches an instance profile to a
    /// running or stopped instance that has none, and writes the association in state associating.
    /// </summary>
    [Cmdlet("Register", "EC2IamInstanceProfile", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(IamInstanceProfileAssociation))]
    public class RegisterEC2IamInstanceProfileCmdlet : Ec2OperationCmdlet
    {
        /// <summary>ID of the instance to attach the profile to.</summary>
        [Parameter(Position = 0, Mandatory = true, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(InstanceIdCompleter))]
        public string InstanceId { get; set; }

        /// <summary>ARN of the instance profile. Give this or -IamInstanceProfile_Name.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string IamInstanceProfile_Arn { get; set; }

        /// <summary>Name of the instance profile (not of its role). Give this or -IamInstanceProfile_Arn.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(InstanceProfileNameCompleter))]
        public string IamInstanceProfile_Name { get; set; }

        /// <summary>What to write: a property path of AssociateIamInstanceProfileResponse, '*', or '^InstanceId'.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "IamInstanceProfileAssociation";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force, InstanceId, "AssociateIamInstanceProfile"))
            {
                return;
            }

            Ec2Service service = CreateService();
            var request = new AssociateIamInstanceProfileRequest
            {
                InstanceId = InstanceId,
                IamInstanceProfile = new IamInstanceProfileSpecification { Arn = IamInstanceProfile_Arn, Name = IamInstanceProfile_Name },
            };
            AssociateIamInstanceProfileResponse response = Invoke(() => service.AssociateIamInstanceProfile(request));
            WriteChange($"Associated {DescribeAssociation(response.IamInstanceProfileAssociation)}.");
            WriteSelected(response, Select);
        }
    }
}
