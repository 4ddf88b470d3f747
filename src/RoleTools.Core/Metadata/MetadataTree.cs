using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using RoleTools.Core.Store;
using static RoleTools.Core.Metadata.MetadataJson;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// The instance metadata tree of one instance (versions, meta-data, dynamic, user-data), built per
    /// request from an <see cref="InstanceView"/>. Credential items issue or rotate credentials when read.
    /// </summary>
    public sealed class MetadataTree
    {
        /// <summary>Metadata versions listed at the root; every one serves the same tree as "latest".</summary>
        // NOTE: EC2 lists more dated versions than these; clients only use "latest".
        public static readonly IReadOnlyList<string> Versions = new[]
        {
            "1.0", "2007-01-19", "2007-03-01", "2007-08-29", "2007-10-10", "2007-12-15", "2008-02-01", "2008-09-01",
            "2009-04-04", "2011-01-01", "2011-05-01", "2012-01-12", "2014-02-25", "2014-11-05", "2015-10-20",
            "2016-04-19", "2016-06-30", "2016-09-02", "2018-03-28", "2018-08-17", "2018-09-24", "2019-10-01",
            "2020-10-27", "2021-01-03", "2021-03-23", "2021-07-15", "2022-09-24", "latest",
        };

        private const string TimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

        private readonly InstanceView _view;
        private readonly int _delivery;
        private readonly Func<DateTime> _clock;
        private Node _root;
        private readonly Func<string, int, TemporaryCredentials> _credentials;

        /// <param name="store">The store that keeps the instance's credentials.</param>
        /// <param name="view">The instance as read for this request.</param>
        /// <param name="delivery">1 when the request came without a session token (IMDSv1), 2 with one (IMDSv2).</param>
        /// <param name="now">The emulated time of the request.</param>
        /// <param name="credentials">
        /// Returns the current credentials for a role key and delivery; null means
        /// <see cref="InstanceCredentials.GetOrIssue"/> on <paramref name="store"/>.
        /// </param>
        public MetadataTree(RoleToolsStore store, InstanceView view, int delivery, DateTime now, Func<string, int, TemporaryCredentials> credentials = null)
            : this(store, view, delivery, () => now, credentials)
        {
        }

        /// <summary>
        /// Creates a tree that reads the emulated time from <paramref name="clock"/> whenever an item needs it,
        /// so one tree can serve many requests while the instance stays the same.
        /// </summary>
        public MetadataTree(RoleToolsStore store, InstanceView view, int delivery, Func<DateTime> clock, Func<string, int, TemporaryCredentials> credentials = null)
        {
            _view = view;
            _delivery = delivery;
            _clock = clock;
            _credentials = credentials ?? ((roleKey, roleDelivery) => InstanceCredentials.GetOrIssue(store, view.InstanceId, roleKey, roleDelivery));
        }

        /// <summary>
        /// Returns the item or listing at <paramref name="path"/>. Leading slashes (one or more) and one
        /// trailing slash are ignored, so <c>//latest/meta-data</c> and <c>placement/region/</c> both resolve.
        /// </summary>
        public MetadataResult Resolve(string path)
        {
            string trimmed = (path ?? "").TrimStart('/');
            if (trimmed.EndsWith("/", StringComparison.Ordinal))
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 1);
            }

            // Building the folders is most of the work, and they depend only on the view, so they are built once.
            Node node = _root ?? (_root = BuildRoot());
            if (trimmed.Length > 0)
            {
                foreach (string segment in trimmed.Split('/'))
                {
                    if (!(node is Folder folder) || !folder.Children.TryGetValue(segment, out Node child))
                    {
                        return MetadataResult.NotFound;
                    }

                    node = child;
                }
            }

            return node.Read();
        }

        private Node BuildRoot()
        {
            Folder version = BuildVersion();
            var root = new Folder(markSubfolders: false);
            foreach (string name in Versions)
            {
                root.Add(name, version);
            }

            return root;
        }

        private Folder BuildVersion()
        {
            var version = new Folder(markSubfolders: false);
            version.Add("dynamic", BuildDynamic());
            version.Add("meta-data", BuildMetaData());
            if (!string.IsNullOrEmpty(_view.UserData))
            {
                version.Add("user-data", new Item(() => MetadataResult.Ok(DecodeUserData(_view.UserData))));
            }

            return version;
        }

        private Folder BuildMetaData()
        {
            var metaData = new Folder();
            metaData.Add("ami-id", Text(_view.ImageId));
            metaData.Add("ami-launch-index", Text(_view.AmiLaunchIndex.ToString(CultureInfo.InvariantCulture)));
            metaData.Add("ami-manifest-path", Text("(unknown)"));
            metaData.Add("block-device-mapping", new Folder().Add("ami", Text("/dev/xvda")).Add("root", Text("/dev/xvda")));
            metaData.Add("hostname", Text(PrivateHostname()));
            if (_view.Profile != null)
            {
                metaData.Add("iam", BuildIam(_view.Profile));
            }

            metaData.Add("identity-credentials", BuildIdentityCredentials());
            metaData.Add("instance-action", Text("none"));
            metaData.Add("instance-id", Text(_view.InstanceId));
            metaData.Add("instance-life-cycle", Text("on-demand"));
            metaData.Add("instance-type", Text(_view.InstanceType));
            metaData.Add("local-hostname", Text(PrivateHostname()));
            metaData.Add("local-ipv4", Text(_view.PrivateIpAddress));
            metaData.Add("mac", Text(_view.MacAddress));
            metaData.Add("network", new Folder().Add("interfaces", new Folder().Add("macs", new Folder().Add(_view.MacAddress, BuildInterface()))));
            metaData.Add("placement", new Folder()
                .Add("availability-zone", Text(_view.AvailabilityZone))
                .Add("region", Text(_view.Region)));
            metaData.Add("reservation-id", Text(_view.ReservationId));
            if (_view.SecurityGroupNames.Count > 0)
            {
                metaData.Add("security-groups", Text(string.Join("\n", _view.SecurityGroupNames)));
            }

            metaData.Add("services", new Folder()
                .Add("domain", Text(DnsSuffix()))
                .Add("partition", Text(Partition())));
            if (_view.TagsExposed)
            {
                var instanceTags = new Folder();
                foreach (KeyValuePair<string, string> tag in _view.Tags.Where(tag => tag.Key.IndexOf('/') < 0))
                {
                    instanceTags.Add(tag.Key, Text(tag.Value));
                }

                metaData.Add("tags", new Folder().Add("instance", instanceTags));
            }

            return metaData;
        }

        private Folder BuildInterface()
        {
            var networkInterface = new Folder()
                .Add("device-number", Text("0"))
                .Add("local-hostname", Text(PrivateHostname()))
                .Add("local-ipv4s", Text(_view.PrivateIpAddress))
                .Add("mac", Text(_view.MacAddress))
                .Add("owner-id", Text(_view.AccountId));
            if (_view.SecurityGroupIds.Count > 0)
            {
                networkInterface.Add("security-group-ids", Text(string.Join("\n", _view.SecurityGroupIds)));
            }

            if (_view.SecurityGroupNames.Count > 0)
            {
                networkInterface.Add("security-groups", Text(string.Join("\n", _view.SecurityGroupNames)));
            }

            if (!string.IsNullOrEmpty(_view.SubnetId))
            {
                networkInterface.Add("subnet-id", Text(_view.SubnetId));
            }

            if (!string.IsNullOrEmpty(_view.VpcId))
            {
                networkInterface.Add("vpc-id", Text(_view.VpcId));
            }

            return networkInterface;
        }

        private Folder BuildIam(AttachedProfile profile)
        {
            var securityCredentials = new Folder();
            AttachedRole role = profile.ProfileExists ? profile.Role : null;
            if (role != null)
            {
                securityCredentials.Add(role.RoleName, new Item(() => RoleCredentials(role)));
            }

            return new Folder()
                .Add("info", new Item(() => IamInfo(profile, role)))
                .Add("security-credentials", securityCredentials);
        }

        private MetadataResult IamInfo(AttachedProfile profile, AttachedRole role)
        {
            if (!profile.ProfileExists)
            {
                // NOTE: the Message wording is modelled on IAM's NoSuchEntity text; EC2's exact wording is unverified.
                return MetadataResult.Ok(Object(new[]
                {
                    Member("Code", String("InstanceProfileNotFound")),
                    Member("Message", String($"Instance Profile with Arn {profile.InstanceProfileArn} cannot be found.")),
                    Member("LastUpdated", String(FormatTime(_clock()))),
                }));
            }

            var members = new List<KeyValuePair<string, string>> { Member("Code", String("Success")) };
            if (role == null)
            {
                members.Add(Member("Message", String("Instance Profile does not contain a role. Please see documentation at https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_iam-ec2.html.")));
            }

            DateTime lastUpdated = role != null && TrustPolicy.AllowsEc2(role.AssumeRolePolicy)
                ? _credentials(role.RoleId, _delivery).IssuedAt
                : profile.AssociatedAt;
            members.Add(Member("LastUpdated", String(FormatTime(lastUpdated))));
            members.Add(Member("InstanceProfileArn", String(profile.InstanceProfileArn)));
            members.Add(Member("InstanceProfileId", String(profile.InstanceProfileId)));
            return MetadataResult.Ok(Object(members));
        }

        private MetadataResult RoleCredentials(AttachedRole role)
        {
            if (!TrustPolicy.AllowsEc2(role.AssumeRolePolicy))
            {
                // EC2 returns 200 with an error document, not an HTTP error, when it cannot assume the role.
                return MetadataResult.Ok(Object(new[]
                {
                    Member("Code", String("AssumeRoleUnauthorizedAccess")),
                    Member("Message", String($"EC2 cannot assume the role {role.RoleName}. Please see documentation at https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_iam-ec2.html.")),
                    Member("LastUpdated", String(FormatTime(_clock()))),
                }));
            }

            return CredentialsDocument(_credentials(role.RoleId, _delivery));
        }

        private Folder BuildIdentityCredentials()
        {
            var ec2 = new Folder()
                .Add("info", new Item(() => MetadataResult.Ok(Object(new[]
                {
                    Member("Code", String("Success")),
                    Member("LastUpdated", String(FormatTime(IdentityCredentials().IssuedAt))),
                    Member("AccountId", String(_view.AccountId)),
                }))))
                .Add("security-credentials", new Folder()
                    .Add(InstanceCredentials.InstanceIdentityKey, new Item(() => CredentialsDocument(IdentityCredentials()))));
            return new Folder().Add("ec2", ec2);
        }

        private TemporaryCredentials IdentityCredentials() =>
            _credentials(InstanceCredentials.InstanceIdentityKey, _delivery);

        private Folder BuildDynamic()
        {
            var identity = new Folder().Add("document", new Item(() => MetadataResult.Ok(IdentityDocument())));
            return new Folder().Add("instance-identity", identity);
        }

        private string IdentityDocument() => Object(new[]
        {
            Member("accountId", String(_view.AccountId)),
            Member("architecture", String(Architecture())),
            Member("availabilityZone", String(_view.AvailabilityZone)),
            Member("billingProducts", Null),
            Member("devpayProductCodes", Null),
            Member("marketplaceProductCodes", Null),
            Member("imageId", String(_view.ImageId)),
            Member("instanceId", String(_view.InstanceId)),
            Member("instanceType", String(_view.InstanceType)),
            Member("kernelId", Null),
            Member("pendingTime", String(FormatTime(_view.LaunchTime))),
            Member("privateIp", String(_view.PrivateIpAddress)),
            Member("ramdiskId", Null),
            Member("region", String(_view.Region)),
            Member("version", String("2017-09-30")),
        });

        /// <summary>Returns the credentials document, built once per credentials set because the endpoint serves the same set for an hour.</summary>
        private static MetadataResult CredentialsDocument(TemporaryCredentials credentials) =>
            CredentialDocuments.GetValue(credentials, BuildCredentialsDocument);

        private static readonly ConditionalWeakTable<TemporaryCredentials, MetadataResult> CredentialDocuments =
            new ConditionalWeakTable<TemporaryCredentials, MetadataResult>();

        private static MetadataResult BuildCredentialsDocument(TemporaryCredentials credentials) => MetadataResult.Ok(Object(new[]
        {
            Member("Code", String("Success")),
            Member("LastUpdated", String(FormatTime(credentials.IssuedAt))),
            Member("Type", String("AWS-HMAC")),
            Member("AccessKeyId", String(credentials.AccessKeyId)),
            Member("SecretAccessKey", String(credentials.SecretAccessKey)),
            Member("Token", String(credentials.SessionToken)),
            Member("Expiration", String(FormatTime(credentials.ExpiresAt))),
        }));

        /// <summary>Returns the private DNS name EC2 gives an address: ip-10-0-0-1.ec2.internal in us-east-1, else ip-10-0-0-1.REGION.compute.internal.</summary>
        private string PrivateHostname()
        {
            string host = "ip-" + (_view.PrivateIpAddress ?? "").Replace('.', '-');
            return _view.Region == "us-east-1" ? host + ".ec2.internal" : $"{host}.{_view.Region}.compute.internal";
        }

        private string Partition()
        {
            if (_view.Region.StartsWith("cn-", StringComparison.Ordinal))
            {
                return "aws-cn";
            }

            return _view.Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";
        }

        private string DnsSuffix() => Partition() == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

        /// <summary>Returns the CPU architecture of the instance type: arm64 for Graviton families (a "g" after the generation digit), else x86_64.</summary>
        private string Architecture()
        {
            string family = (_view.InstanceType ?? "").Split('.')[0];
            int digit = family.IndexOfAny("0123456789".ToCharArray());
            bool graviton = family == "a1" || (digit >= 0 && family.IndexOf('g', digit) > digit);
            return graviton ? "arm64" : "x86_64";
        }

        /// <summary>Decodes user data kept as base64, as the EC2 API takes it; text that is not base64 is served as it is.</summary>
        private static byte[] DecodeUserData(string userData)
        {
            try
            {
                return Convert.FromBase64String(userData);
            }
            catch (FormatException)
            {
                return Encoding.UTF8.GetBytes(userData);
            }
        }

        private static string FormatTime(DateTime value) => value.ToString(TimeFormat, CultureInfo.InvariantCulture);

        private static Item Text(string value) => new Item(() => MetadataResult.Ok(value ?? ""));

        private abstract class Node
        {
            internal abstract MetadataResult Read();
        }

        private sealed class Item : Node
        {
            private readonly Func<MetadataResult> _read;

            internal Item(Func<MetadataResult> read) => _read = read;

            internal override MetadataResult Read() => _read();
        }

        /// <summary>A folder lists its children one per line; an empty folder does not exist (404).</summary>
        private sealed class Folder : Node
        {
            private readonly bool _markSubfolders;

            /// <param name="markSubfolders">Whether the listing ends sub-folder names with '/'; EC2 does so everywhere below a version.</param>
            internal Folder(bool markSubfolders = true) => _markSubfolders = markSubfolders;

            internal Dictionary<string, Node> Children { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);

            private List<string> Order { get; } = new List<string>();

            internal Folder Add(string name, Node child)
            {
                if (!Children.ContainsKey(name))
                {
                    Order.Add(name);
                }

                Children[name] = child;
                return this;
            }

            internal override MetadataResult Read()
            {
                if (Order.Count == 0)
                {
                    return MetadataResult.NotFound;
                }

                IEnumerable<string> lines = Order.Select(name => _markSubfolders && Children[name] is Folder ? name + "/" : name);
                return MetadataResult.Ok(string.Join("\n", lines));
            }
        }
    }
}
