using RoleTools.Core.Policies;
using Xunit;

namespace RoleTools.Core.Tests.Iam
{
    public class PolicyMatcherTests
    {
        private static string Trust(params string[] statements) =>
            "{\"Version\":\"2012-10-17\",\"Statement\":[" + string.Join(",", statements) + "]}";

        private static string Statement(string effect, string principal, string actionKey, string action) =>
            $"{{\"Effect\":\"{effect}\",\"Principal\":{principal},\"{actionKey}\":{action}}}";

        [Theory]
        [InlineData("\"sts:AssumeRole\"", true)]
        [InlineData("\"sts:*\"", true)]
        [InlineData("\"*\"", true)]
        [InlineData("\"STS:assumerole\"", true)]
        [InlineData("\"sts:Assume?ole\"", true)]
        [InlineData("[\"sts:TagSession\",\"sts:AssumeRoleWith*\"]", false)]
        public void AllowStatementMatchesActionPatterns(string action, bool expected)
        {
            string policy = Trust(Statement("Allow", "{\"Service\":\"ec2.amazonaws.com\"}", "Action", action));

            Assert.Equal(expected, PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
        }

        [Fact]
        public void OtherServiceIsNotAllowed()
        {
            string policy = Trust(Statement("Allow", "{\"Service\":[\"lambda.amazonaws.com\"]}", "Action", "\"sts:AssumeRole\""));

            Assert.False(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
            Assert.True(PolicyMatcher.AllowsService(policy, "lambda.amazonaws.com"));
        }

        [Fact]
        public void DenyOverridesAllow()
        {
            string policy = Trust(
                Statement("Allow", "{\"Service\":\"ec2.amazonaws.com\"}", "Action", "\"sts:AssumeRole\""),
                Statement("Deny", "\"*\"", "Action", "\"sts:*\""));

            Assert.False(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
        }

        [Fact]
        public void DenyOfOtherActionKeepsAllow()
        {
            string policy = Trust(
                Statement("Allow", "{\"Service\":\"ec2.amazonaws.com\"}", "Action", "\"sts:AssumeRole\""),
                Statement("Deny", "{\"Service\":\"ec2.amazonaws.com\"}", "Action", "\"sts:TagSession\""));

            Assert.True(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
        }

        [Fact]
        public void WildcardPrincipalAllowsService()
        {
            string policy = Trust(Statement("Allow", "{\"AWS\":\"*\"}", "Action", "\"sts:AssumeRole\""));

            Assert.True(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
        }

        [Fact]
        public void NotActionExcludesAssumeRole()
        {
            string policy = Trust(Statement("Allow", "{\"Service\":\"ec2.amazonaws.com\"}", "NotAction", "\"sts:AssumeRole\""));

            Assert.False(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com"));
            Assert.True(PolicyMatcher.AllowsService(policy, "ec2.amazonaws.com", "sts:TagSession"));
        }
    }
}
