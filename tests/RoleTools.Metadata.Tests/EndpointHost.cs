using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;
using RoleTools.Metadata;

namespace RoleTools.Metadata.Tests
{
    /// <summary>
    /// The real endpoint on a loopback port (Kestrel, port chosen by the OS) over a store file seeded with SQL:
    /// instance <see cref="InstanceId"/> running, with role s3access attached and role s3replacement ready to swap in.
    /// </summary>
    public sealed class EndpointHost : IAsyncDisposable
    {
        public const string InstanceId = "i-0123456789abcdef0";
        public const string TrustEc2 = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

        private readonly string _folder;
        private readonly WebApplication _app;

        private EndpointHost(string folder, RoleToolsStore store, WebApplication app, string url)
        {
            _folder = folder;
            Store = store;
            _app = app;
            Url = url;
            Client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        }

        public RoleToolsStore Store { get; }

        /// <summary>The base URL with a trailing slash.</summary>
        public string Url { get; }

        public HttpClient Client { get; }

        public static async Task<EndpointHost> StartAsync()
        {
            string folder = Path.Combine(Path.GetTempPath(), "roletools-imds-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            RoleToolsStore store = RoleToolsStore.Open(Path.Combine(folder, "store.db"));
            Seed(store);

            EndpointOptions options = EndpointOptions.Parse(new[] { "--instance-id", InstanceId, "--store", store.Path, "--port", "0", "--log-level", "Warning" });
            WebApplication app = Program.BuildApp(options, store);
            await app.StartAsync();
            return new EndpointHost(folder, store, app, Program.BaseUrl(System.Net.IPAddress.Loopback, Program.BoundPort(app)));
        }

        /// <summary>Runs SQL against the store, as another RoleTools process would change it.</summary>
        public void Sql(string sql) => Store.Write(session => session.Execute(sql));

        public async Task<string> GetTokenAsync(int ttl = 21600)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
            request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", ttl.ToString());
            using HttpResponseMessage response = await Client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public async Task<HttpResponseMessage> GetAsync(string path, string token = null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Url.TrimEnd('/') + path));
            if (token != null)
            {
                request.Headers.Add("X-aws-ec2-metadata-token", token);
            }

            return await Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await _app.StopAsync();
            await _app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file; the OS temp cleanup takes it.
            }
        }

        private static void Seed(RoleToolsStore store) => store.Write(session => session.Execute($@"
            INSERT INTO ec2_reservations VALUES ('r-0123456789abcdef0', 'us-east-1', '123456789012', NULL, NULL, NULL, '2024-01-01T00:00:00.000Z');
            INSERT INTO ec2_instances (instance_id, reservation_id, region, ami_launch_index, image_id, instance_type, key_name, subnet_id, vpc_id,
                availability_zone, private_ip_address, mac_address, launch_time, state, state_changed_at, details_json)
            VALUES ('{InstanceId}', 'r-0123456789abcdef0', 'us-east-1', 0, 'ami-11aa22bb', 't3.micro', 'my-key-pair', 'subnet-1a2b3c4d', 'vpc-1a2b3c4d',
                'us-east-1a', '10.0.1.12', '0a:1b:2c:3d:4e:5f', '2024-01-01T00:00:00.000Z', 'running', '2024-01-01T00:00:00.000Z',
                '{{""SecurityGroups"":[{{""GroupName"":""my-security-group"",""GroupId"":""sg-0123456789abcdef0""}}]}}');
            INSERT INTO iam_roles (role_id, role_name, role_name_lower, path, arn, assume_role_policy, create_date) VALUES
                ('AROATESTROLE00000001', 's3access', 's3access', '/', 'arn:aws:iam::123456789012:role/s3access', '{TrustEc2}', '2024-01-01T00:00:00.000Z'),
                ('AROATESTROLE00000002', 's3replacement', 's3replacement', '/', 'arn:aws:iam::123456789012:role/s3replacement', '{TrustEc2}', '2024-01-01T00:00:00.000Z');
            INSERT INTO iam_instance_profiles VALUES
                ('AIPATESTPROFILE00001', 's3access-profile', 's3access-profile', '/', 'arn:aws:iam::123456789012:instance-profile/s3access-profile', '2024-01-01T00:00:00.000Z'),
                ('AIPATESTPROFILE00002', 's3replacement-profile', 's3replacement-profile', '/', 'arn:aws:iam::123456789012:instance-profile/s3replacement-profile', '2024-01-01T00:00:00.000Z');
            INSERT INTO iam_instance_profile_roles VALUES ('AIPATESTPROFILE00001', 'AROATESTROLE00000001'), ('AIPATESTPROFILE00002', 'AROATESTROLE00000002');
            INSERT INTO ec2_iam_associations VALUES ('iip-assoc-0000000000000001', '{InstanceId}', 'us-east-1',
                'arn:aws:iam::123456789012:instance-profile/s3access-profile', 'AIPATESTPROFILE00001', 'associated', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z');"));

        /// <summary>Replaces the s3access association with a new one for s3replacement, as ReplaceIamInstanceProfileAssociation does.</summary>
        public void ReplaceRole() => Sql($@"
            UPDATE ec2_iam_associations SET state = 'disassociated' WHERE association_id = 'iip-assoc-0000000000000001';
            INSERT INTO ec2_iam_associations VALUES ('iip-assoc-0000000000000002', '{InstanceId}', 'us-east-1',
                'arn:aws:iam::123456789012:instance-profile/s3replacement-profile', 'AIPATESTPROFILE00002', 'associating', '2024-01-02T00:00:00.000Z', '2024-01-02T00:00:00.000Z');");
    }
}
