using System.Collections.Generic;
using RoleTools.Core.Common;
using Xunit;

namespace RoleTools.Core.Tests.Common
{
    public class AwsRegionsTests
    {
        private static readonly Dictionary<string, string> NoEnvironment = new Dictionary<string, string>();

        private static ResolvedRegion Resolve(string parameter, string session, string profile, Dictionary<string, string> environment, string store) =>
            AwsRegions.Resolve(parameter, session, () => profile, name => environment.TryGetValue(name, out string value) ? value : null, () => store);

        [Fact]
        public void ParameterWinsOverEverySource()
        {
            var environment = new Dictionary<string, string> { ["AWS_REGION"] = "ca-central-1" };

            ResolvedRegion region = Resolve("eu-west-3", "eu-west-2", "eu-west-1", environment, "us-east-1");

            Assert.Equal("eu-west-3", region.Name);
            Assert.Equal(RegionSource.Parameter, region.Source);
        }

        [Fact]
        public void SessionWinsOverProfile()
        {
            ResolvedRegion region = Resolve(null, "eu-west-2", "eu-west-1", NoEnvironment, "us-east-1");

            Assert.Equal("eu-west-2", region.Name);
            Assert.Equal(RegionSource.Session, region.Source);
        }

        [Fact]
        public void ProfileWinsOverEnvironment()
        {
            var environment = new Dictionary<string, string> { ["AWS_REGION"] = "ca-central-1" };

            ResolvedRegion region = Resolve(null, null, "eu-west-1", environment, "us-east-1");

            Assert.Equal("eu-west-1", region.Name);
            Assert.Equal(RegionSource.DefaultProfile, region.Source);
        }

        [Fact]
        public void AwsRegionWinsOverAwsDefaultRegion()
        {
            var environment = new Dictionary<string, string> { ["AWS_REGION"] = "ca-central-1", ["AWS_DEFAULT_REGION"] = "sa-east-1" };

            Assert.Equal("ca-central-1", Resolve(null, null, null, environment, "us-east-1").Name);

            environment.Remove("AWS_REGION");
            ResolvedRegion region = Resolve(null, null, null, environment, "us-east-1");
            Assert.Equal("sa-east-1", region.Name);
            Assert.Equal(RegionSource.Environment, region.Source);
        }

        [Fact]
        public void StoreDefaultIsLastAndBlanksAreSkipped()
        {
            var environment = new Dictionary<string, string> { ["AWS_REGION"] = "  " };

            ResolvedRegion region = Resolve(" ", "", null, environment, "ap-southeast-2");

            Assert.Equal("ap-southeast-2", region.Name);
            Assert.Equal(RegionSource.StoreDefault, region.Source);
        }

        [Fact]
        public void LaterSourcesAreNotRead()
        {
            int profileReads = 0;

            AwsRegions.Resolve("us-west-2", null, () => { profileReads++; return "eu-west-1"; }, _ => null, () => "us-east-1");

            Assert.Equal(0, profileReads);
        }

        [Fact]
        public void CatalogueKnowsRealRegionsOnly()
        {
            Assert.True(AwsRegions.IsKnown("us-east-1"));
            Assert.True(AwsRegions.IsKnown("EU-WEST-1"));
            Assert.False(AwsRegions.IsKnown("mars-north-1"));
            Assert.Equal("Unknown", AwsRegions.Get("mars-north-1").DisplayName);
        }
    }
}
