using Amazon.IdentityManagement.Model;
using RoleTools.Core.Policies;
using Xunit;

namespace RoleTools.Core.Tests.Iam
{
    public class PolicyParserTests
    {
        private const string Ec2Trust =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        private const string S3Access =
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:*\"],\"Resource\":[\"*\"]}]}";

        [Fact]
        public void TrustPolicyParsesToStatements()
        {
            PolicyDocument document = PolicyParser.Parse(Ec2Trust, PolicyKind.Trust);

            Assert.Equal("2012-10-17", document.Version);
            PolicyStatement statement = Assert.Single(document.Statements);
            Assert.Equal(PolicyEffect.Allow, statement.Effect);
            Assert.Equal(new[] { "ec2.amazonaws.com" }, statement.Principal.Values["Service"]);
            Assert.Equal(new[] { "sts:AssumeRole" }, statement.Actions);
        }

        [Fact]
        public void SingleStatementObjectIsAccepted()
        {
            string text = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\",\"NotAction\":\"iam:*\",\"Resource\":\"*\"}}";

            PolicyStatement statement = Assert.Single(PolicyParser.Parse(text, PolicyKind.Identity).Statements);

            Assert.Equal(PolicyEffect.Deny, statement.Effect);
            Assert.Equal(new[] { "iam:*" }, statement.NotActions);
            Assert.Null(statement.Actions);
        }

        [Fact]
        public void ByteOrderMarkAndCrlfAreAccepted()
        {
            string text = "\uFEFF" + S3Access.Replace(",", ",\r\n");

            PolicyDocument document = PolicyParser.Parse(text, PolicyKind.Identity);

            Assert.Single(document.Statements);
        }

        [Fact]
        public void ConditionsAreKept()
        {
            string text = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"," +
                          "\"Condition\":{\"NumericLessThan\":{\"s3:max-keys\":10},\"Bool\":{\"aws:SecureTransport\":true}}}]}";

            PolicyStatement statement = Assert.Single(PolicyParser.Parse(text, PolicyKind.Identity).Statements);

            Assert.Equal(new[] { "10" }, statement.Conditions["NumericLessThan"]["s3:max-keys"]);
            Assert.Equal(new[] { "true" }, statement.Conditions["Bool"]["aws:SecureTransport"]);
        }

        [Theory]
        [InlineData("{", PolicyParser.InvalidJsonMessage)]
        [InlineData("not json", PolicyParser.InvalidJsonMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[]}x", PolicyParser.InvalidJsonMessage)]
        [InlineData("[]", PolicyParser.SyntaxErrorMessage)]
        [InlineData("{\"Statement\":[]}", "Missing required field Version")]
        [InlineData("{\"Version\":\"2012-10-18\",\"Statement\":[]}", PolicyParser.LegacyParsingMessage)]
        [InlineData("{\"Version\":\"2012-10-17\"}", "Missing required field Statement")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":\"x\"}", PolicyParser.SyntaxErrorMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Version\":\"2012-10-17\",\"Statement\":[]}", PolicyParser.SyntaxErrorMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Foo\":1,\"Statement\":[]}", PolicyParser.SyntaxErrorMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", "Missing required field Effect")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", "Invalid effect: allow")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]}", PolicyParser.MissingActionMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\"}]}", PolicyParser.MissingResourceMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"GetObject\",\"Resource\":\"*\"}]}", PolicyParser.VendorMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":5,\"Resource\":\"*\"}]}", PolicyParser.SyntaxErrorMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"bucket\"}]}", "Resource bucket must be in ARN format or \"*\".")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", PolicyParser.IdentityPrincipalMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"a b\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", PolicyParser.SidPatternMessage)]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"A\",\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"},{\"Sid\":\"A\",\"Effect\":\"Deny\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}", PolicyParser.DuplicateSidMessage)]
        public void InvalidPermissionsPolicyIsRejected(string text, string message)
        {
            var error = Assert.Throws<MalformedPolicyDocumentException>(() => PolicyParser.Parse(text, PolicyKind.Identity));

            Assert.Equal(message, error.Message);
            Assert.Equal("MalformedPolicyDocument", error.ErrorCode);
        }

        [Theory]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Resource\":\"*\"}]}", "Has prohibited field Resource")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}]}", "Missing required field Principal")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::bad\"},\"Action\":\"sts:AssumeRole\"}]}", "Invalid principal in policy: \"AWS\":\"arn:aws:iam::bad\"")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2\"},\"Action\":\"sts:AssumeRole\"}]}", "Invalid principal in policy: \"SERVICE\":\"ec2\"")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Robot\":\"x\"},\"Action\":\"sts:AssumeRole\"}]}", "Invalid principal in policy: \"ROBOT\":\"x\"")]
        [InlineData("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"s3:GetObject\"}]}", PolicyParser.TrustActionMessage)]
        public void InvalidTrustPolicyIsRejected(string text, string message)
        {
            var error = Assert.Throws<MalformedPolicyDocumentException>(() => PolicyParser.Parse(text, PolicyKind.Trust));

            Assert.Equal(message, error.Message);
        }

        [Theory]
        [InlineData("\"*\"")]
        [InlineData("{\"AWS\":\"123456789012\"}")]
        [InlineData("{\"AWS\":[\"arn:aws:iam::123456789012:root\",\"arn:aws:iam::123456789012:role/Admin\"]}")]
        [InlineData("{\"Federated\":\"cognito-identity.amazonaws.com\"}")]
        public void KnownPrincipalFormsAreAccepted(string principal)
        {
            string text = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":" + principal + ",\"Action\":\"sts:AssumeRole*\"}]}";

            Assert.Single(PolicyParser.Parse(text, PolicyKind.Trust).Statements);
        }

        [Fact]
        public void CountedLengthIgnoresWhitespace()
        {
            Assert.Equal(7, PolicyParser.CountedLength("\uFEFF{ \"a\":\r\n\t1 }"));
        }
    }
}
