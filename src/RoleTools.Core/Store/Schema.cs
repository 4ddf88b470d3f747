using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// The store's schema as forward migrations. Migration N brings a store from user_version N-1 to N.
    /// Each migration is one or more embedded SQL files, run in one transaction.
    /// </summary>
    internal static class Schema
    {
        /// <summary>Identifies a RoleTools store in <c>PRAGMA application_id</c> ("RTls" in ASCII).</summary>
        internal const int ApplicationId = 0x52546C73;

        /// <summary>
        /// The migrations in order. A released migration never changes; a new change gets a new entry.
        /// Version 1 contains the settings; version 2 adds every entity table, one file per area.
        /// </summary>
        private static readonly string[][] Migrations =
        {
            new[] { "001-settings.sql" },
            new[] { "002-iam.sql", "002-ec2.sql", "002-metadata.sql", "002-common.sql" },
        };

        internal static int CurrentVersion => Migrations.Length;

        internal static IEnumerable<string> MigrationScripts(int targetVersion)
        {
            foreach (string name in Migrations[targetVersion - 1])
            {
                yield return ReadResource(name);
            }
        }

        private static string ReadResource(string fileName)
        {
            Assembly assembly = typeof(Schema).Assembly;
            string resourceName = "RoleTools.Core.Resources.Schema." + fileName;
            using (Stream stream = assembly.GetManifestResourceStream(resourceName))
            {
                if (stream == null)
                {
                    throw new InvalidOperationException($"Embedded schema script '{resourceName}' is missing from {assembly.GetName().Name}.");
                }

                using (var reader = new StreamReader(stream))
                {
                    return reader.ReadToEnd();
                }
            }
        }
    }
}
