using System;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// The store's emulated clock. Every time-dependent rule (state transitions, credential expiry,
    /// token lifetimes) reads it, so moving it moves them all, for cmdlets and the endpoint alike.
    /// </summary>
    public static class EmulatedClock
    {
        /// <summary>Returns the emulated time now (UTC).</summary>
        public static DateTime Now(RoleToolsStore store) => store.Read(session => session.Now);

        /// <summary>Sets the clock's offset from real time; <see cref="TimeSpan.Zero"/> returns to real time.</summary>
        public static void SetOffset(RoleToolsStore store, TimeSpan offset) =>
            store.Write(session => session.SetSetting(StoreSettings.ClockOffsetSeconds, StoreSettings.FormatSeconds(offset)));
    }
}
