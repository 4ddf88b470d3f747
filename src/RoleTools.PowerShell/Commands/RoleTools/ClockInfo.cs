using System;

namespace RoleTools.PowerShell.Commands
{
    /// <summary>The emulated clock as Get-RoleToolsClock shows it.</summary>
    public sealed class ClockInfo
    {
        /// <summary>The emulated time now (UTC).</summary>
        public DateTime Now { get; set; }

        /// <summary>The emulated clock's offset from real time.</summary>
        public TimeSpan Offset { get; set; }

        /// <summary>The real time (UTC) when the clock was read.</summary>
        public DateTime RealTime { get; set; }

        /// <summary>The store whose clock this is.</summary>
        public string StorePath { get; set; }
    }
}
