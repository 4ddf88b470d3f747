using System;

namespace RoleTools.Core.Errors
{
    /// <summary>
    /// A real AWS feature that RoleTools does not emulate. It fails loudly with a stable error ID
    /// (<c>RoleTools.NotEmulated.&lt;Feature&gt;</c>) rather than doing something else silently.
    /// </summary>
    public sealed class NotEmulatedException : NotSupportedException
    {
        public NotEmulatedException(string feature, string message)
            : base(message)
        {
            Feature = feature;
        }

        /// <summary>The feature's short name, e.g. <c>LaunchTemplate</c>.</summary>
        public string Feature { get; }

        /// <summary>The stable error ID PowerShell reports for this failure.</summary>
        public string ErrorId => "RoleTools.NotEmulated." + Feature;
    }
}
