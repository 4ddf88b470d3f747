using System;
using System.IO;
using System.Linq;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>
    /// The folder of companion manifests named after the AWS Tools modules (AWSPowerShell, AWS.Tools.EC2, ...)
    /// and the edits that put it on, or take it off, this process's PSModulePath.
    /// </summary>
    internal static class AwsToolsModulePath
    {
        /// <summary>Name of the folder beside the RoleTools assembly that contains the companion manifests.</summary>
        internal const string FolderName = "aws-tools";

        /// <summary>The companion module names, as the real AWS Tools modules are named.</summary>
        internal static readonly string[] ModuleNames =
        {
            "AWSPowerShell", "AWSPowerShell.NetCore", "AWS.Tools.Common", "AWS.Tools.EC2", "AWS.Tools.IdentityManagement",
        };

        private static readonly StringComparison PathComparison =
            Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

        /// <summary>Full path of the companion folder of the loaded RoleTools build or package.</summary>
        internal static string Folder =>
            Path.Combine(Path.GetDirectoryName(typeof(AwsToolsModulePath).Assembly.Location), FolderName);

        /// <summary>Returns <paramref name="modulePath"/> with <paramref name="folder"/> first and nowhere else.</summary>
        internal static string Prepend(string modulePath, string folder) =>
            string.Join(Path.PathSeparator.ToString(), new[] { folder }.Concat(Entries(modulePath).Where(e => !SameFolder(e, folder))));

        /// <summary>Returns <paramref name="modulePath"/> without any entry naming <paramref name="folder"/>.</summary>
        internal static string Remove(string modulePath, string folder) =>
            string.Join(Path.PathSeparator.ToString(), Entries(modulePath).Where(e => !SameFolder(e, folder)));

        /// <summary>True when <paramref name="modulePath"/> lists <paramref name="folder"/>.</summary>
        internal static bool Contains(string modulePath, string folder) => Entries(modulePath).Any(e => SameFolder(e, folder));

        private static string[] Entries(string modulePath) =>
            (modulePath ?? string.Empty).Split(new[] { Path.PathSeparator }, StringSplitOptions.RemoveEmptyEntries);

        private static bool SameFolder(string entry, string folder) =>
            string.Equals(Normalize(entry), Normalize(folder), PathComparison);

        private static string Normalize(string path) => path.Trim().TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }
}
