using System;
using RoleTools.Core.Ec2;
using Xunit;

namespace RoleTools.Core.Tests.Ec2
{
    public class Ec2LifecycleTests
    {
        private static readonly DateTime Start = new DateTime(2024, 5, 1, 10, 0, 0, DateTimeKind.Utc);

        [Theory]
        [InlineData("pending", "running")]
        [InlineData("stopping", "stopped")]
        [InlineData("shutting-down", "terminated")]
        [InlineData("running", "running")]
        [InlineData("stopped", "stopped")]
        public void InstanceTransitionCompletesAfterDelay(string stored, string expected)
        {
            EffectiveState state = InstanceLifecycle.Effective(stored, Start, Start + TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));

            Assert.Equal(expected, state.Name);
        }

        [Fact]
        public void InstanceTransitionWaitsForDelay()
        {
            EffectiveState state = InstanceLifecycle.Effective("pending", Start, Start + TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(30));

            Assert.Equal("pending", state.Name);
            Assert.Equal(Start, state.Since);
        }

        [Fact]
        public void ZeroDelayCompletesByNextRead()
        {
            EffectiveState state = InstanceLifecycle.Effective("stopping", Start, Start, TimeSpan.Zero);

            Assert.Equal("stopped", state.Name);
        }

        [Fact]
        public void TerminatedHiddenAfterAnHour()
        {
            var terminated = new EffectiveState("terminated", Start);

            Assert.True(InstanceLifecycle.IsVisible(terminated, Start + TimeSpan.FromMinutes(59)));
            Assert.False(InstanceLifecycle.IsVisible(terminated, Start + TimeSpan.FromMinutes(60)));
        }

        [Theory]
        [InlineData("pending", 0)]
        [InlineData("running", 16)]
        [InlineData("shutting-down", 32)]
        [InlineData("terminated", 48)]
        [InlineData("stopping", 64)]
        [InlineData("stopped", 80)]
        public void StateCodesMatchEc2(string state, int code)
        {
            Assert.Equal(code, InstanceLifecycle.Code(state));
        }

        [Fact]
        public void AssociationBecomesActiveAfterDelay()
        {
            TimeSpan delay = TimeSpan.FromSeconds(10);

            EffectiveState before = AssociationLifecycle.Effective("associating", Start, Start + TimeSpan.FromSeconds(5), delay);
            EffectiveState after = AssociationLifecycle.Effective("associating", Start, Start + delay, delay);

            Assert.False(AssociationLifecycle.IsActive(before));
            Assert.True(AssociationLifecycle.IsActive(after));
        }

        [Fact]
        public void DisassociatedAssociationStopsExisting()
        {
            EffectiveState state = AssociationLifecycle.Effective("disassociating", Start, Start, TimeSpan.Zero);

            Assert.Equal("disassociated", state.Name);
            Assert.False(AssociationLifecycle.Exists(state));
        }
    }
}
