using System;
using System.IO;
using System.Management.Automation;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Enable-RoleToolsAwsToolsAlias: puts RoleTools' companion module folder first on $env:PSModulePath
    /// for this process, so Import-Module AWSPowerShell (AWSPowerShell.NetCore, AWS.Tools.Common,
    /// AWS.Tools.EC2, AWS.Tools.IdentityManagement) and module-qualified calls such as
    /// AWS.Tools.EC2\Get-EC2Instance load RoleTools. Only the environment variable of this process changes:
    /// no file is written, and an installed AWS Tools module stays as it is, hidden only in this session.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Enable, "RoleToolsAwsToolsAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(string))]
    public sealed class EnableRoleToolsAwsToolsAliasCommand : PSCmdlet
    {
        /// <summary>Writes the companion folder's path after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            string folder = AwsToolsModulePath.Folder;
            if (!Directory.Exists(folder))
            {
                var error = new DirectoryNotFoundException($"The AWS Tools companion modules folder '{folder}' is missing; rebuild RoleTools with ./build.ps1 Build.");
                ThrowTerminatingError(new ErrorRecord(error, "RoleTools.AwsToolsFolderMissing", ErrorCategory.ObjectNotFound, folder));
            }

            if (!ShouldProcess("PSModulePath", $"Put '{folder}' first for this session"))
            {
                return;
            }

            string current = Environment.GetEnvironmentVariable("PSModulePath");
            Environment.SetEnvironmentVariable("PSModulePath", AwsToolsModulePath.Prepend(current, folder));
            WriteWarning(
                $"In this session the AWS Tools module names ({string.Join(", ", AwsToolsModulePath.ModuleNames)}) now load RoleTools from '{folder}', " +
                "ahead of any installed AWS Tools. Modules already imported are unchanged. Run Disable-RoleToolsAwsToolsAlias to undo.");

            if (PassThru)
            {
                WriteObject(folder);
            }
        }
    }
}
