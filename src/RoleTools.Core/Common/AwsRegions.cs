using System;
using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace RoleTools.Core.Common
{
    /// <summary>Where a resolved region came from, in the order AWS Tools consults the sources.</summary>
    public enum RegionSource
    {
        /// <summary>The cmdlet's -Region parameter.</summary>
        Parameter,

        /// <summary>The session default, $StoredAWSRegion.</summary>
        Session,

        /// <summary>The region of the 'default' (or legacy 'AWS PS Default') credential profile in the store.</summary>
        DefaultProfile,

        /// <summary>$env:AWS_REGION, then $env:AWS_DEFAULT_REGION.</summary>
        Environment,

        /// <summary>The store's default region setting (Set-RoleToolsStore -DefaultRegion).</summary>
        StoreDefault,
    }

    /// <summary>A region system name and the source it came from.</summary>
    public sealed class ResolvedRegion
    {
        public ResolvedRegion(string name, RegionSource source)
        {
            Name = name;
            Source = source;
        }

        /// <summary>The region system name, e.g. <c>eu-west-1</c>, trimmed but otherwise as given.</summary>
        public string Name { get; }

        /// <summary>Where <see cref="Name"/> came from.</summary>
        public RegionSource Source { get; }
    }

    /// <summary>
    /// The AWS region catalogue of the AWS SDK for .NET and the order in which AWS Tools picks a region:
    /// -Region, then $StoredAWSRegion, then the default profile's region, then $env:AWS_REGION and
    /// $env:AWS_DEFAULT_REGION. Where AWS Tools would then ask EC2 instance metadata, RoleTools uses the
    /// store's default region, so no request ever leaves the machine.
    /// </summary>
    public static class AwsRegions
    {
        /// <summary>Environment variables read for a region, in order.</summary>
        public static readonly IReadOnlyList<string> EnvironmentVariables = new[] { "AWS_REGION", "AWS_DEFAULT_REGION" };

        // A snapshot taken before this class hands out any endpoint: RegionEndpoint.GetBySystemName adds each
        // unknown name it is given to EnumerableAllRegions, so the live list would grow with every typo.
        private static readonly IReadOnlyList<RegionEndpoint> Catalogue = RegionEndpoint.EnumerableAllRegions.ToList();

        private static readonly HashSet<string> CatalogueNames =
            new HashSet<string>(Catalogue.Select(r => r.SystemName), StringComparer.OrdinalIgnoreCase);

        // An explicit static constructor makes the snapshot run before any member of this class is used,
        // including Get, rather than lazily at the first field access.
        static AwsRegions()
        {
        }

        /// <summary>Every region the SDK's catalogue lists, in the SDK's order.</summary>
        public static IEnumerable<RegionEndpoint> All => Catalogue;

        /// <summary>True when the SDK's catalogue lists <paramref name="name"/> (case-insensitive).</summary>
        public static bool IsKnown(string name) => !string.IsNullOrEmpty(name) && CatalogueNames.Contains(name);

        /// <summary>
        /// Returns the SDK's endpoint for <paramref name="name"/>. As in the SDK, a name missing from the
        /// catalogue yields an endpoint whose display name is "Unknown" rather than an error.
        /// </summary>
        public static RegionEndpoint Get(string name) => RegionEndpoint.GetBySystemName(name);

        /// <summary>
        /// Picks the region from the sources in AWS Tools' order. Each source is read only when the sources
        /// before it gave nothing; blank values count as nothing.
        /// </summary>
        /// <param name="parameter">The -Region value as a system name, or null.</param>
        /// <param name="session">The $StoredAWSRegion value, or null.</param>
        /// <param name="defaultProfileRegion">Reads the default profile's region from the store.</param>
        /// <param name="environment">Reads an environment variable.</param>
        /// <param name="storeDefault">Reads the store's default region.</param>
        public static ResolvedRegion Resolve(
            string parameter,
            string session,
            Func<string> defaultProfileRegion,
            Func<string, string> environment,
            Func<string> storeDefault)
        {
            if (Trimmed(parameter) is string fromParameter)
            {
                return new ResolvedRegion(fromParameter, RegionSource.Parameter);
            }

            if (Trimmed(session) is string fromSession)
            {
                return new ResolvedRegion(fromSession, RegionSource.Session);
            }

            if (Trimmed(defaultProfileRegion?.Invoke()) is string fromProfile)
            {
                return new ResolvedRegion(fromProfile, RegionSource.DefaultProfile);
            }

            foreach (string variable in EnvironmentVariables)
            {
                if (Trimmed(environment?.Invoke(variable)) is string fromEnvironment)
                {
                    return new ResolvedRegion(fromEnvironment, RegionSource.Environment);
                }
            }

            return Trimmed(storeDefault?.Invoke()) is string fromStore ? new ResolvedRegion(fromStore, RegionSource.StoreDefault) : null;
        }

        private static string Trimmed(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
