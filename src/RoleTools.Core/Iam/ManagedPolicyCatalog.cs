using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using RoleTools.Core.Policies;

namespace RoleTools.Core.Iam
{
    /// <summary>One AWS managed policy from the embedded catalogue, with the document of its default version.</summary>
    public sealed class CatalogPolicy
    {
        public string PolicyName { get; set; }

        public string Path { get; set; }

        public string Arn { get; set; }

        public string PolicyId { get; set; }

        public string DefaultVersionId { get; set; }

        public string Description { get; set; }

        public string CreateDate { get; set; }

        public string UpdateDate { get; set; }

        /// <summary>The default version's document, as the JSON text in the catalogue file.</summary>
        public string Document { get; set; }
    }

    /// <summary>The AWS managed policies shipped as embedded resources (Resources/ManagedPolicies/*.json).</summary>
    public static class ManagedPolicyCatalog
    {
        private const string ResourcePrefix = "RoleTools.Core.Resources.ManagedPolicies.";

        private static readonly Lazy<IReadOnlyList<CatalogPolicy>> Loaded = new Lazy<IReadOnlyList<CatalogPolicy>>(Load);

        /// <summary>Every catalogue policy, ordered by name.</summary>
        public static IReadOnlyList<CatalogPolicy> Policies => Loaded.Value;

        private static IReadOnlyList<CatalogPolicy> Load()
        {
            Assembly assembly = typeof(ManagedPolicyCatalog).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
                .Select(name => Parse(name, ReadResource(assembly, name)))
                .OrderBy(policy => policy.PolicyName, StringComparer.OrdinalIgnoreCase)
                .ToList();
        }

        private static string ReadResource(Assembly assembly, string name)
        {
            using (Stream stream = assembly.GetManifestResourceStream(name))
            using (var reader = new StreamReader(stream))
            {
                return reader.ReadToEnd();
            }
        }

        private static CatalogPolicy Parse(string resourceName, string text)
        {
            JsonNode root = JsonNode.Parse(PolicyParser.StripByteOrderMark(text));
            Dictionary<string, JsonNode> fields = root.Members.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
            string Field(string key) =>
                fields.TryGetValue(key, out JsonNode node) && node.Kind == JsonKind.String
                    ? node.Text
                    : throw new InvalidDataException($"The managed policy resource '{resourceName}' has no string field '{key}'.");

            JsonNode document = fields["Document"];
            return new CatalogPolicy
            {
                PolicyName = Field("PolicyName"),
                Path = Field("Path"),
                Arn = Field("Arn"),
                PolicyId = Field("PolicyId"),
                DefaultVersionId = Field("DefaultVersionId"),
                Description = Field("Description"),
                CreateDate = Field("CreateDate"),
                UpdateDate = Field("UpdateDate"),
                Document = PolicyParser.StripByteOrderMark(text).Substring(document.Start, document.End - document.Start),
            };
        }
    }
}
