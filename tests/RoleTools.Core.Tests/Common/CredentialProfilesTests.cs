using System;
using System.Collections.Generic;
using System.Linq;
using RoleTools.Core.Common;
using RoleTools.Core.Store;
using Xunit;

namespace RoleTools.Core.Tests.Common
{
    public class CredentialProfilesTests
    {
        [Fact]
        public void SaveThenFindReturnsKeys()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            CredentialProfiles.Save(store, new CredentialProfile { Name = "dev", AccessKeyId = "AKIADEV", SecretAccessKey = "secret", Region = "eu-west-1" });
            CredentialProfile found = CredentialProfiles.Find(store, null, "dev");

            Assert.Equal("AKIADEV", found.AccessKeyId);
            Assert.Equal("secret", found.SecretAccessKey);
            Assert.Null(found.SessionToken);
            Assert.Equal("eu-west-1", found.Region);
            Assert.Null(found.Location);
            Assert.True(found.HasKeys);
        }

        [Fact]
        public void NamesAreCaseSensitive()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            CredentialProfiles.Save(store, new CredentialProfile { Name = "Dev", AccessKeyId = "A", SecretAccessKey = "S" });

            Assert.Null(CredentialProfiles.Find(store, null, "dev"));
            Assert.NotNull(CredentialProfiles.Find(store, null, "Dev"));
        }

        [Fact]
        public void SaveReplacesEveryValue()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            CredentialProfiles.Save(store, new CredentialProfile { Name = "p", AccessKeyId = "A1", SecretAccessKey = "S1", SessionToken = "T1", Region = "us-west-2" });

            CredentialProfiles.Save(store, new CredentialProfile { Name = "p", AccessKeyId = "A2", SecretAccessKey = "S2" });
            CredentialProfile found = CredentialProfiles.Find(store, null, "p");

            Assert.Equal("A2", found.AccessKeyId);
            Assert.Null(found.SessionToken);
            Assert.Null(found.Region);
            Assert.Single(CredentialProfiles.List(store, null));
        }

        [Fact]
        public void LocationsKeepSeparateSets()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            string location = "/tmp/team/credentials";

            CredentialProfiles.Save(store, new CredentialProfile { Name = "p", Location = location, AccessKeyId = "A", SecretAccessKey = "S" });

            Assert.Null(CredentialProfiles.Find(store, null, "p"));
            Assert.Equal(location, CredentialProfiles.Find(store, location, "p").Location);
            Assert.Empty(CredentialProfiles.List(store, null));
            Assert.Single(CredentialProfiles.List(store, location));
        }

        [Fact]
        public void CopyTakesKeysAndGivenRegion()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            CredentialProfiles.Save(store, new CredentialProfile { Name = "src", AccessKeyId = "A", SecretAccessKey = "S", SessionToken = "T", Region = "eu-west-1" });

            CredentialProfile copy = CredentialProfiles.Copy(store, null, "src", "default", "ap-south-1");

            Assert.Equal("default", copy.Name);
            Assert.Equal("A", copy.AccessKeyId);
            Assert.Equal("T", copy.SessionToken);
            Assert.Equal("ap-south-1", copy.Region);
        }

        [Fact]
        public void CopyOfMissingProfileThrowsAndWritesNothing()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            Assert.Throws<KeyNotFoundException>(() => CredentialProfiles.Copy(store, null, "missing", "default"));

            Assert.Empty(CredentialProfiles.List(store, null));
        }

        [Fact]
        public void RemoveReportsWhetherProfileExisted()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            CredentialProfiles.Save(store, new CredentialProfile { Name = "p", AccessKeyId = "A", SecretAccessKey = "S" });

            Assert.True(CredentialProfiles.Remove(store, null, "p"));
            Assert.False(CredentialProfiles.Remove(store, null, "p"));
            Assert.Null(CredentialProfiles.Find(store, null, "p"));
        }

        [Theory]
        [InlineData("", "A", "S", null)]
        [InlineData("p", "A", null, null)]
        [InlineData("p", null, "S", null)]
        [InlineData("p", null, null, "T")]
        public void InvalidProfileIsRejectedAndNotStored(string name, string accessKey, string secretKey, string token)
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();

            Assert.Throws<ArgumentException>(() => CredentialProfiles.Save(store, new CredentialProfile { Name = name, AccessKeyId = accessKey, SecretAccessKey = secretKey, SessionToken = token }));

            Assert.Empty(CredentialProfiles.List(store, null));
        }

        [Fact]
        public void DefaultRegionFallsBackToLegacyProfile()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            Assert.Null(CredentialProfiles.DefaultRegion(store, null));

            CredentialProfiles.Save(store, new CredentialProfile { Name = CredentialProfiles.LegacyDefaultProfileName, Region = "sa-east-1" });
            Assert.Equal("sa-east-1", CredentialProfiles.DefaultRegion(store, null));

            CredentialProfiles.Save(store, new CredentialProfile { Name = CredentialProfiles.DefaultProfileName, Region = "eu-north-1" });
            Assert.Equal("eu-north-1", CredentialProfiles.DefaultRegion(store, null));
        }

        [Fact]
        public void ListIsOrderedByName()
        {
            using var temp = new TempStore();
            RoleToolsStore store = temp.Open();
            foreach (string name in new[] { "zeta", "alpha", "mid" })
            {
                CredentialProfiles.Save(store, new CredentialProfile { Name = name, AccessKeyId = "A", SecretAccessKey = "S" });
            }

            Assert.Equal(new[] { "alpha", "mid", "zeta" }, CredentialProfiles.List(store, null).Select(p => p.Name));
        }
    }
}
