using System.Collections.Generic;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using Xunit;

namespace RoleTools.Core.Tests.Ec2
{
    public class Ec2FilterAndIdTests
    {
        [Theory]
        [InlineData("t3.*", "t3.micro", true)]
        [InlineData("t3.micr?", "t3.micro", true)]
        [InlineData("t3.?", "t3.micro", false)]
        [InlineData("T3.micro", "t3.micro", false)]
        [InlineData("web\\*", "web*", true)]
        [InlineData("web\\*", "web-1", false)]
        [InlineData("a.c", "abc", false)]
        public void WildcardMatches(string pattern, string value, bool expected)
        {
            Assert.Equal(expected, Ec2Filters.IsMatch(pattern, value));
        }

        [Fact]
        public void FiltersCombineWithAnd()
        {
            var filters = new List<Filter>
            {
                new Filter("instance-type", new List<string> { "m5.*", "t3.*" }),
                new Filter("instance-state-name", new List<string> { "running" }),
            };
            var running = new Dictionary<string, string> { ["instance-type"] = "t3.micro", ["instance-state-name"] = "running" };
            var stopped = new Dictionary<string, string> { ["instance-type"] = "t3.micro", ["instance-state-name"] = "stopped" };

            Assert.True(Ec2Filters.Matches(filters, name => new[] { running[name] }));
            Assert.False(Ec2Filters.Matches(filters, name => new[] { stopped[name] }));
        }

        [Fact]
        public void UnknownFilterNameRejected()
        {
            var filters = new List<Filter> { new Filter("no-such", new List<string> { "x" }) };

            AmazonEC2Exception error = Assert.Throws<AmazonEC2Exception>(() => Ec2Filters.Validate(filters, name => name == "instance-id"));

            Assert.Equal("InvalidParameterValue", error.ErrorCode);
            Assert.Equal("The filter 'no-such' is invalid", error.Message);
        }

        [Theory]
        [InlineData("i-")]
        [InlineData("r-")]
        [InlineData("iip-assoc-")]
        public void NewIdsAreSeventeenHexDigits(string prefix)
        {
            string id = Ec2Ids.NewId(prefix);

            Assert.Matches("^" + prefix + "[0-9a-f]{17}$", id);
            Assert.True(Ec2Ids.IsWellFormed(id, prefix));
        }

        [Theory]
        [InlineData("i-1234567890abcdef0", true)]
        [InlineData("i-12345678", true)]
        [InlineData("i-1234567890ABCDEF0", false)]
        [InlineData("i-123", false)]
        [InlineData("ma1", false)]
        public void InstanceIdFormatChecked(string id, bool expected)
        {
            Assert.Equal(expected, Ec2Ids.IsWellFormed(id, "i-"));
        }

        [Fact]
        public void MacAddressIsLocalUnicast()
        {
            string mac = Ec2Network.NewMacAddress();

            Assert.Matches("^([0-9a-f]{2}:){5}[0-9a-f]{2}$", mac);
            int first = System.Convert.ToInt32(mac.Substring(0, 2), 16);
            Assert.Equal(2, first & 0x03);
        }
    }
}
