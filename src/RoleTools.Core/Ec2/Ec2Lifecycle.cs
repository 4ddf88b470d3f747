using System;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// A state as a reader sees it: the stored state with any transition that has run its course
    /// completed, and the time that state began.
    /// </summary>
    public struct EffectiveState
    {
        public EffectiveState(string name, DateTime since)
        {
            Name = name;
            Since = since;
        }

        /// <summary>State name as EC2 spells it, e.g. <c>running</c> or <c>associated</c>.</summary>
        public string Name { get; }

        /// <summary>When the state began on the emulated clock (UTC).</summary>
        public DateTime Since { get; }
    }

    /// <summary>
    /// The EC2 instance state machine. Writers store the state a call enters (pending, stopping,
    /// shutting-down) and when; readers complete the transition once the store's transition delay has
    /// passed, so a delay of zero means "completed by the next read".
    /// </summary>
    public static class InstanceLifecycle
    {
        public const string Pending = "pending";
        public const string Running = "running";
        public const string ShuttingDown = "shutting-down";
        public const string Terminated = "terminated";
        public const string Stopping = "stopping";
        public const string Stopped = "stopped";

        /// <summary>How long a terminated instance stays visible to Describe calls, on the emulated clock.</summary>
        public static readonly TimeSpan TerminatedVisibility = TimeSpan.FromHours(1);

        /// <summary>Returns the state code EC2 reports for <paramref name="state"/> (the low byte of InstanceState.Code).</summary>
        public static int Code(string state)
        {
            switch (state)
            {
                case Pending: return 0;
                case Running: return 16;
                case ShuttingDown: return 32;
                case Terminated: return 48;
                case Stopping: return 64;
                case Stopped: return 80;
                default: throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown instance state.");
            }
        }

        /// <summary>Returns the state a transitional state ends in, or null for a stable state.</summary>
        public static string CompletionOf(string state)
        {
            switch (state)
            {
                case Pending: return Running;
                case Stopping: return Stopped;
                case ShuttingDown: return Terminated;
                default: return null;
            }
        }

        /// <summary>
        /// Computes the state a reader sees at <paramref name="now"/> for an instance that entered
        /// <paramref name="storedState"/> at <paramref name="changedAt"/>, given the store's transition delay.
        /// </summary>
        public static EffectiveState Effective(string storedState, DateTime changedAt, DateTime now, TimeSpan transitionDelay)
        {
            string completion = CompletionOf(storedState);
            DateTime completesAt = changedAt + transitionDelay;
            if (completion != null && now >= completesAt)
            {
                return new EffectiveState(completion, completesAt);
            }

            return new EffectiveState(storedState, changedAt);
        }

        /// <summary>Returns false once a terminated instance has been terminated for longer than <see cref="TerminatedVisibility"/>.</summary>
        public static bool IsVisible(EffectiveState state, DateTime now) =>
            state.Name != Terminated || now < state.Since + TerminatedVisibility;
    }

    /// <summary>
    /// The IAM instance profile association state machine: associating completes to associated, and
    /// disassociating to disassociated, after the store's transition delay. A disassociated association
    /// no longer exists for readers.
    /// </summary>
    public static class AssociationLifecycle
    {
        public const string Associating = "associating";
        public const string Associated = "associated";
        public const string Disassociating = "disassociating";
        public const string Disassociated = "disassociated";

        /// <summary>Computes the association state a reader sees at <paramref name="now"/>.</summary>
        public static EffectiveState Effective(string storedState, DateTime changedAt, DateTime now, TimeSpan transitionDelay)
        {
            DateTime completesAt = changedAt + transitionDelay;
            if (now >= completesAt)
            {
                if (storedState == Associating)
                {
                    return new EffectiveState(Associated, completesAt);
                }

                if (storedState == Disassociating)
                {
                    return new EffectiveState(Disassociated, completesAt);
                }
            }

            return new EffectiveState(storedState, changedAt);
        }

        /// <summary>Returns true while an association still exists (any state but disassociated).</summary>
        public static bool Exists(EffectiveState state) => state.Name != Disassociated;

        /// <summary>
        /// Returns true when the association gives the instance its role: fully associated. An
        /// association still associating or already disassociating gives no credentials.
        /// </summary>
        public static bool IsActive(EffectiveState state) => state.Name == Associated;
    }
}
