using System;
using System.Management.Automation;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// Disable-RoleToolsAwsToolsAlias: takes RoleTools' companion module folder off $env:PSModulePath for
    /// this process, so the AWS Tools module names resolve to installed AWS Tools again. Companion modules
    /// already imported stay loaded until removed with Remove-Module.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Disable, "RoleToolsAwsToolsAlias", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType("None")]
    public sealed class DisableRoleToolsAwsToolsAliasCommand : PSCmdlet
    {
        protected override void ProcessRecord()
        {
            string folder = AwsToolsModulePath.Folder;
            string current = Environment.GetEnvironmentVariable("PSModulePath");
            if (!AwsToolsModulePath.Contains(current, folder))
            {
                WriteVerbose($"'{folder}' is not on PSModulePath; nothing to change.");
                return;
            }

            if (!ShouldProcess("PSModulePath", $"Remove '{folder}' for this session"))
            {
                return;
            }

            Environment.SetEnvironmentVariable("PSModulePath", AwsToolsModulePath.Remove(current, folder));
            WriteVerbose($"Removed '{folder}' from PSModulePath: the AWS Tools module names no longer load RoleTools in this session.");
        }
    }
}
