using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.Runtime;
using Xunit;

namespace RoleTools.Metadata.Tests
{
    /// <summary>
    /// One endpoint for every AWS SDK for .NET test: the SDK reads AWS_EC2_METADATA_SERVICE_ENDPOINT once into
    /// static state, so the variable is set here before any SDK type is touched, and never changes after.
    /// </summary>
    public sealed class SdkEndpointFixture : IAsyncLifetime
    {
        public EndpointHost Host { get; private set; }

        public async Task InitializeAsync()
        {
            Host = await EndpointHost.StartAsync();
            string folder = System.IO.Path.GetDirectoryName(Host.Store.Path);
            string config = System.IO.Path.Combine(folder, "aws-config");
            string credentials = System.IO.Path.Combine(folder, "aws-credentials");
            System.IO.File.WriteAllText(config, "");
            System.IO.File.WriteAllText(credentials, "");
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_SERVICE_ENDPOINT", Host.Url);
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", null);
            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", config);
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", credentials);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    public class AwsSdkTests : IClassFixture<SdkEndpointFixture>
    {
        private readonly EndpointHost _host;

        public AwsSdkTests(SdkEndpointFixture fixture) => _host = fixture.Host;

        [Fact]
        public async Task InstanceProfileCredentialsReturnRoleKeys()
        {
            _host.Sql("UPDATE ec2_instances SET http_tokens = 'optional'");
            string expected = await ReadV2AccessKey();

            ImmutableCredentials credentials = await new InstanceProfileAWSCredentials().GetCredentialsAsync();

            Assert.Equal(expected, credentials.AccessKey);
            Assert.False(string.IsNullOrEmpty(credentials.Token));
        }

        [Fact]
        public async Task WorksWithTokensRequired()
        {
            _host.Sql("UPDATE ec2_instances SET http_tokens = 'required'");
            string expected = await ReadV2AccessKey();

            ImmutableCredentials explicitProvider = await new InstanceProfileAWSCredentials("s3access").GetCredentialsAsync();

            Assert.Equal(expected, explicitProvider.AccessKey);
        }

        private async Task<string> ReadV2AccessKey()
        {
            HttpResponseMessage response = await _host.GetAsync("/latest/meta-data/iam/security-credentials/s3access", await _host.GetTokenAsync());
            using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("AccessKeyId").GetString();
        }
    }
}
