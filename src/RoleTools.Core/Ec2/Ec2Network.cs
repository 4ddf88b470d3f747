using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// The network a region offers to launches: its availability zones, a default VPC with one default
    /// subnet per zone (172.31.0.0/16 split into /20 blocks, as AWS lays out default VPCs), private
    /// addresses, DNS names and MAC addresses.
    /// </summary>
    public static class Ec2Network
    {
        /// <summary>
        /// Returns the availability zones of <paramref name="region"/>. us-east-1 has six zones (a to f);
        /// other regions are given three (a to c).
        /// </summary>
        // NOTE: the zone count per region is an approximation; several real regions have more or fewer zones.
        public static IReadOnlyList<string> AvailabilityZones(string region)
        {
            string letters = region == "us-east-1" ? "abcdef" : "abc";
            return letters.Select(letter => region + letter).ToList();
        }

        /// <summary>Returns the default VPC of the region in this account.</summary>
        public static string DefaultVpcId(string accountId, string region) => Ec2Ids.StableId("vpc-", accountId + "/" + region);

        /// <summary>Returns the default subnet of an availability zone in this account.</summary>
        public static string DefaultSubnetId(string accountId, string availabilityZone) => Ec2Ids.StableId("subnet-", accountId + "/" + availabilityZone);

        /// <summary>Returns the VPC a subnet belongs to: the default VPC for default subnets, otherwise one derived from the subnet.</summary>
        public static string VpcOfSubnet(string accountId, string region, string subnetId)
        {
            bool isDefault = AvailabilityZones(region).Any(zone => DefaultSubnetId(accountId, zone) == subnetId);
            return isDefault ? DefaultVpcId(accountId, region) : Ec2Ids.StableId("vpc-", accountId + "/" + subnetId);
        }

        /// <summary>Returns the zone of a subnet: its own zone for a default subnet, otherwise a stable pick among the region's zones.</summary>
        public static string ZoneOfSubnet(string accountId, string region, string subnetId)
        {
            IReadOnlyList<string> zones = AvailabilityZones(region);
            string defaultZone = zones.FirstOrDefault(zone => DefaultSubnetId(accountId, zone) == subnetId);
            return defaultZone ?? zones[StableNumber(subnetId) % zones.Count];
        }

        /// <summary>Returns true when <paramref name="address"/> is a dotted-quad IPv4 address.</summary>
        public static bool IsIPv4(string address) =>
            address != null
            && address.Count(c => c == '.') == 3
            && IPAddress.TryParse(address, out IPAddress parsed)
            && parsed.AddressFamily == AddressFamily.InterNetwork;

        /// <summary>
        /// Picks a free private IPv4 address for a new instance: inside the zone's /20 of the default VPC for
        /// default subnets, or inside a /24 derived from any other subnet ID, trying random addresses until
        /// <paramref name="isInUse"/> returns false.
        /// </summary>
        public static string NewPrivateAddress(string accountId, string region, string subnetId, string availabilityZone, Func<string, bool> isInUse)
        {
            bool isDefault = subnetId == DefaultSubnetId(accountId, availabilityZone);
            int zoneIndex = AvailabilityZones(region).ToList().IndexOf(availabilityZone);
            int subnetHash = StableNumber(subnetId);
            for (int attempt = 0; attempt < 10000; attempt++)
            {
                string address = isDefault
                    ? $"172.31.{zoneIndex * 16 + RandomInt(16)}.{4 + RandomInt(250)}"
                    : $"10.{subnetHash % 256}.{(subnetHash / 256) % 256}.{4 + RandomInt(250)}";
                if (!isInUse(address))
                {
                    return address;
                }
            }

            throw Ec2Faults.InvalidParameterValue($"The subnet '{subnetId}' has no free private IP addresses.");
        }

        /// <summary>Returns the private DNS name EC2 gives an address: ec2.internal in us-east-1, REGION.compute.internal elsewhere.</summary>
        public static string PrivateDnsName(string region, string privateAddress)
        {
            string host = "ip-" + privateAddress.Replace('.', '-');
            return region == "us-east-1" ? host + ".ec2.internal" : $"{host}.{region}.compute.internal";
        }

        /// <summary>Creates a random locally administered unicast MAC address, e.g. 0e:5a:1c:9f:20:7b.</summary>
        public static string NewMacAddress()
        {
            byte[] bytes = new byte[6];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            bytes[0] = (byte)((bytes[0] & 0xFC) | 0x02);
            return string.Join(":", bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }

        private static int StableNumber(string seed)
        {
            string hex = Ec2Ids.StableId(string.Empty, seed ?? string.Empty).Substring(0, 7);
            return int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        private static int RandomInt(int exclusiveMaximum)
        {
            byte[] bytes = new byte[4];
            using (var random = RandomNumberGenerator.Create())
            {
                random.GetBytes(bytes);
            }

            return (int)(BitConverter.ToUInt32(bytes, 0) % (uint)exclusiveMaximum);
        }
    }
}
