using System.Management.Automation;
using Amazon.IdentityManagement.Model;
using RoleTools.PowerShell.Common;
using RoleTools.PowerShell.Completion;

namespace Amazon.PowerShell.Cmdlets.IAM
{
    /// <summary>Changes the description or maximum session duration of an IAM role (IAM UpdateRole).</summary>
    [Cmdlet(VerbsData.Update, "IAMRole", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    public class UpdateIAMRoleCmdlet : IamCmdlet
    {
        /// <summary>The name of the role (1-64 characters of letters, digits and +=,.@_-); matched case-insensitively.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, Mandatory = true)]
        [AllowEmptyString]
        [AllowNull]
        [ArgumentCompleter(typeof(RoleNameCompleter))]
        public string RoleName { get; set; }

        /// <summary>A description of up to 1,000 characters.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Description { get; set; }

        /// <summary>The maximum session duration, in seconds, for credentials of the role: 3600 to 43200. Default: 3600.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int? MaxSessionDuration { get; set; }

        /// <summary>What to write: '*' for the UpdateRoleResponse, '^Name' for the value of parameter Name, or a property path. By default nothing is written.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string Select { get; set; } = "*";

        /// <summary>Skips the confirmation prompt. It never overrides -WhatIf.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc/>
        protected override void ProcessRecord()
        {
            if (!ConfirmShouldProceed(Force.IsPresent, RoleName, "UpdateRole"))
            {
                return;
            }

            var request = new UpdateRoleRequest
            {
                RoleName = RoleName,
                Description = Description,
                MaxSessionDuration = MaxSessionDuration,
            };
            UpdateRoleResponse response = Invoke(() => Iam.UpdateRole(request));
            WriteChange($"Updated role {RoleName}" + DescribeUpdatedFields() + ".");
            WriteSelectedIfBound(response, Select);
        }

        private string DescribeUpdatedFields()
        {
            var fields = new System.Collections.Generic.List<string>();
            if (Description != null)
            {
                fields.Add($"description '{Description}'");
            }

            if (MaxSessionDuration.HasValue)
            {
                fields.Add($"maximum session duration {MaxSessionDuration.Value} s");
            }

            return fields.Count == 0 ? string.Empty : ": " + string.Join(", ", fields);
        }
    }
}
