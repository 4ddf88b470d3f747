using System.Linq;
using System.Management.Automation;
using Xunit;

namespace RoleTools.PowerShell.Tests
{
    public class StoreCmdletTests
    {
        [Fact]
        public void GetRoleToolsStoreShowsSessionStore()
        {
            using var host = new ModuleHost();

            PSObject info = host.Run("Get-RoleToolsStore").Single();

            Assert.Equal(host.StorePath, info.Properties["Path"].Value);
            Assert.Equal("123456789012", info.Properties["AccountId"].Value);
            Assert.Equal("us-east-1", info.Properties["DefaultRegion"].Value);
        }

        [Fact]
        public void SetRoleToolsClockShiftsNow()
        {
            using var host = new ModuleHost();

            host.Run("Set-RoleToolsClock -Offset '02:00:00'");
            PSObject clock = host.Run("Get-RoleToolsClock").Single();

            Assert.Equal(System.TimeSpan.FromHours(2), clock.Properties["Offset"].Value);
        }

        [Fact]
        public void SetRoleToolsStoreRejectsUnknownRegion()
        {
            using var host = new ModuleHost();

            RuntimeException error = Assert.Throws<RuntimeException>(() => host.Run("Set-RoleToolsStore -DefaultRegion mars-north-1"));

            Assert.Contains("mars-north-1", error.Message);
        }
    }
}
