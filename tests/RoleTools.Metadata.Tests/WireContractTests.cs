using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using RoleTools.Core.Store;
using Xunit;

namespace RoleTools.Metadata.Tests
{
    /// <summary>The HTTP contract of the endpoint, each case against its own real endpoint and store.</summary>
    public class WireContractTests
    {
        [Fact]
        public async Task TokenPutEchoesTtl()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            using var request = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
            request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "300");

            using HttpResponseMessage response = await host.Client.SendAsync(request);
            string token = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("300", response.Headers.GetValues("X-aws-ec2-metadata-token-ttl-seconds").Single());
            Assert.Equal(token.Trim(), token);
            Assert.True(token.Length >= 40, $"token '{token}' is too short to hold 128 random bits and a MAC");
            Assert.Equal("EC2ws", response.Headers.Server.ToString());
        }

        [Theory]
        [InlineData(null)]
        [InlineData("0")]
        [InlineData("21601")]
        [InlineData("ten")]
        public async Task TokenPutRejectsBadTtl(string ttl)
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            using var request = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
            if (ttl != null)
            {
                request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", ttl);
            }

            using HttpResponseMessage response = await host.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        [Fact]
        public async Task TokenRequestsRefusedAsEc2Does()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            using var forwarded = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
            forwarded.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "60");
            forwarded.Headers.Add("X-Forwarded-For", "203.0.113.9");
            using var trailingSlash = new HttpRequestMessage(HttpMethod.Put, "latest/api/token/");
            trailingSlash.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "60");

            Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(forwarded)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(trailingSlash)).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await host.Client.GetAsync("latest/api/token")).StatusCode);
            Assert.Equal(HttpStatusCode.MethodNotAllowed, (await host.Client.PostAsync("latest/api/token", null)).StatusCode);
        }

        [Fact]
        public async Task InvalidOrExpiredTokenIs401()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            string token = await host.GetTokenAsync(ttl: 60);
            string forged = token.Substring(0, token.Length - 2) + (token.EndsWith("AA") ? "BB" : "AA");

            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/latest/meta-data/instance-id", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/latest/meta-data/instance-id", forged)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/latest/meta-data/instance-id", "not-a-token")).StatusCode);

            EmulatedClock.SetOffset(host.Store, TimeSpan.FromMinutes(2));
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/latest/meta-data/instance-id", token)).StatusCode);
        }

        [Fact]
        public async Task TokenOfAnotherInstanceIs401()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            string token = RoleTools.Core.Metadata.SessionTokens.Issue(host.Store, "i-0fedcba9876543210", 600);

            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/latest/meta-data/instance-id", token)).StatusCode);
        }

        [Fact]
        public async Task MetadataOptionsApplyLive()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/latest/meta-data/instance-id")).StatusCode);

            host.Sql("UPDATE ec2_instances SET http_tokens = 'required'");
            Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync("/latest/meta-data/instance-id")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync("/latest/meta-data/instance-id", await host.GetTokenAsync())).StatusCode);

            host.Sql("UPDATE ec2_instances SET http_endpoint = 'disabled'");
            Assert.Equal(HttpStatusCode.Forbidden, (await host.GetAsync("/latest/meta-data/instance-id")).StatusCode);
            using var tokenRequest = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
            tokenRequest.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "60");
            Assert.Equal(HttpStatusCode.Forbidden, (await host.Client.SendAsync(tokenRequest)).StatusCode);
        }

        [Fact]
        public async Task ListingsUseEc2Format()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            HttpResponseMessage response = await host.GetAsync("/latest/meta-data/");
            string listing = await response.Content.ReadAsStringAsync();
            string[] lines = listing.Split('\n');

            Assert.Equal("text/plain", response.Content.Headers.ContentType.MediaType);
            Assert.False(listing.EndsWith("\n"));
            Assert.Contains("iam/", lines);
            Assert.Contains("placement/", lines);
            Assert.Contains("instance-id", lines);
            Assert.Contains("security-groups", lines);
            Assert.DoesNotContain("tags/", lines);
            Assert.Equal(listing, await (await host.GetAsync("/latest/meta-data")).Content.ReadAsStringAsync());
            Assert.Equal(listing, await (await host.GetAsync("//latest/meta-data/")).Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData("/latest/meta-data/ami-id", "ami-11aa22bb")]
        [InlineData("/latest/meta-data/ami-launch-index", "0")]
        [InlineData("/latest/meta-data/hostname", "ip-10-0-1-12.ec2.internal")]
        [InlineData("/latest/meta-data/local-hostname", "ip-10-0-1-12.ec2.internal")]
        [InlineData("/latest/meta-data/instance-id", EndpointHost.InstanceId)]
        [InlineData("/latest/meta-data/instance-type", "t3.micro")]
        [InlineData("/latest/meta-data/local-ipv4", "10.0.1.12")]
        [InlineData("/latest/meta-data/mac", "0a:1b:2c:3d:4e:5f")]
        [InlineData("/latest/meta-data/placement/availability-zone/", "us-east-1a")]
        [InlineData("/latest/meta-data/placement/region", "us-east-1")]
        [InlineData("/latest/meta-data/security-groups", "my-security-group")]
        [InlineData("/latest/meta-data/iam/security-credentials", "s3access")]
        [InlineData("/latest/meta-data/iam/security-credentials/", "s3access")]
        [InlineData("//latest/meta-data/identity-credentials/ec2/security-credentials/", "ec2-instance")]
        public async Task LeafServesItsValue(string path, string expected)
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            HttpResponseMessage response = await host.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(expected, await response.Content.ReadAsStringAsync());
        }

        [Fact]
        public async Task UnknownPathIsXhtml404()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            HttpResponseMessage missing = await host.GetAsync("/latest/meta-data/no-such-item");
            HttpResponseMessage noUserData = await host.GetAsync("/latest/user-data");

            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("<title>404 - Not Found</title>", await missing.Content.ReadAsStringAsync());
            Assert.Equal("EC2ws", missing.Headers.Server.ToString());
            Assert.Equal(HttpStatusCode.NotFound, noUserData.StatusCode);
        }

        [Fact]
        public async Task CredentialsMatchEc2Format()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            string token = await host.GetTokenAsync();

            HttpResponseMessage response = await host.GetAsync("/latest/meta-data/iam/security-credentials/s3access", token);
            string body = await response.Content.ReadAsStringAsync();
            using JsonDocument json = JsonDocument.Parse(body);
            JsonElement root = json.RootElement;
            DateTime now = EmulatedClock.Now(host.Store);
            DateTime expiration = DateTime.Parse(root.GetProperty("Expiration").GetString(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);

            Assert.Equal("text/plain", response.Content.Headers.ContentType.MediaType);
            Assert.Equal("Success", root.GetProperty("Code").GetString());
            Assert.Equal("AWS-HMAC", root.GetProperty("Type").GetString());
            Assert.Matches("^ASIA[A-Z0-9]{16}$", root.GetProperty("AccessKeyId").GetString());
            Assert.Equal(40, root.GetProperty("SecretAccessKey").GetString().Length);
            Assert.True(root.GetProperty("Token").GetString().Length > 300);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", root.GetProperty("LastUpdated").GetString());
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", root.GetProperty("Expiration").GetString());
            Assert.InRange(expiration - now, TimeSpan.FromHours(5), TimeSpan.FromHours(6));
            Assert.StartsWith("{\n  \"Code\" : \"Success\",", body);
        }

        [Fact]
        public async Task ClockMoveRotatesCredentials()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            string first = await ReadAccessKey(host);
            Assert.Equal(first, await ReadAccessKey(host));

            EmulatedClock.SetOffset(host.Store, TimeSpan.FromHours(2));
            HttpResponseMessage response = await host.GetAsync("/latest/meta-data/iam/security-credentials/s3access");
            using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            DateTime expiration = DateTime.Parse(json.RootElement.GetProperty("Expiration").GetString(), null, System.Globalization.DateTimeStyles.AdjustToUniversal);

            Assert.NotEqual(first, json.RootElement.GetProperty("AccessKeyId").GetString());
            Assert.True(expiration - EmulatedClock.Now(host.Store) > TimeSpan.FromHours(5));
        }

        [Fact]
        public async Task ImdsV1AndV2GetDifferentKeys()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            string v1 = await ReadAccessKey(host);
            string v2 = await ReadAccessKey(host, await host.GetTokenAsync());

            Assert.NotEqual(v1, v2);
        }

        [Fact]
        public async Task ReplaceAndDetachApplyLive()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            string before = await ReadAccessKey(host);

            host.ReplaceRole();
            Assert.Equal("s3replacement", await (await host.GetAsync("/latest/meta-data/iam/security-credentials/")).Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("/latest/meta-data/iam/security-credentials/s3access")).StatusCode);
            Assert.NotEqual(before, await ReadAccessKey(host, role: "s3replacement"));

            host.Sql("UPDATE ec2_iam_associations SET state = 'disassociated'");
            string listing = await (await host.GetAsync("/latest/meta-data/")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("iam/", listing.Split('\n'));
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("/latest/meta-data/iam/security-credentials/")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("/latest/meta-data/iam/info")).StatusCode);
        }

        [Fact]
        public async Task UntrustedRoleGetsErrorDocument()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            host.Sql("UPDATE iam_roles SET assume_role_policy = '{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}' WHERE role_name = 's3access'");

            HttpResponseMessage response = await host.GetAsync("/latest/meta-data/iam/security-credentials/s3access");
            using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("AssumeRoleUnauthorizedAccess", json.RootElement.GetProperty("Code").GetString());
            Assert.False(json.RootElement.TryGetProperty("AccessKeyId", out _));
        }

        [Fact]
        public async Task IamInfoAndIdentityDocument()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();

            using JsonDocument info = JsonDocument.Parse(await (await host.GetAsync("/latest/meta-data/iam/info")).Content.ReadAsStringAsync());
            using JsonDocument identity = JsonDocument.Parse(await (await host.GetAsync("/latest/dynamic/instance-identity/document")).Content.ReadAsStringAsync());

            Assert.Equal("Success", info.RootElement.GetProperty("Code").GetString());
            Assert.Equal("arn:aws:iam::123456789012:instance-profile/s3access-profile", info.RootElement.GetProperty("InstanceProfileArn").GetString());
            Assert.Equal("AIPATESTPROFILE00001", info.RootElement.GetProperty("InstanceProfileId").GetString());
            Assert.Equal("us-east-1", identity.RootElement.GetProperty("region").GetString());
            Assert.Equal(EndpointHost.InstanceId, identity.RootElement.GetProperty("instanceId").GetString());
            Assert.Equal("123456789012", identity.RootElement.GetProperty("accountId").GetString());
        }

        [Fact]
        public async Task TagsAndUserDataWhenSet()
        {
            await using EndpointHost host = await EndpointHost.StartAsync();
            host.Sql($"INSERT INTO ec2_tags VALUES ('{EndpointHost.InstanceId}', 'Name', 'web-1'), ('{EndpointHost.InstanceId}', 'Team', 'blue')");
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync("/latest/meta-data/tags/instance")).StatusCode);

            host.Sql("UPDATE ec2_instances SET instance_metadata_tags = 'enabled', user_data = 'IyEvYmluL2Jhc2gKZWNobyBoaQ=='");

            Assert.Equal("Name\nTeam", await (await host.GetAsync("/latest/meta-data/tags/instance")).Content.ReadAsStringAsync());
            Assert.Equal("blue", await (await host.GetAsync("/latest/meta-data/tags/instance/Team")).Content.ReadAsStringAsync());
            Assert.Equal("#!/bin/bash\necho hi", await (await host.GetAsync("/latest/user-data")).Content.ReadAsStringAsync());
        }

        private static async Task<string> ReadAccessKey(EndpointHost host, string token = null, string role = "s3access")
        {
            HttpResponseMessage response = await host.GetAsync("/latest/meta-data/iam/security-credentials/" + role, token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("AccessKeyId").GetString();
        }
    }
}
