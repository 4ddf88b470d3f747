using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// Writes JSON documents in the layout EC2's metadata service uses: two-space indent and
    /// <c>"Key" : value</c> spacing, members in a fixed order, no trailing newline.
    /// </summary>
    internal static class MetadataJson
    {
        private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

        /// <summary>Writes an object whose members are already JSON values (see <see cref="String"/> and <see cref="Null"/>).</summary>
        internal static string Object(IEnumerable<KeyValuePair<string, string>> members)
        {
            var text = new StringBuilder("{\n");
            bool first = true;
            foreach (KeyValuePair<string, string> member in members)
            {
                if (!first)
                {
                    text.Append(",\n");
                }

                text.Append("  ").Append(String(member.Key)).Append(" : ").Append(member.Value);
                first = false;
            }

            return text.Append("\n}").ToString();
        }

        /// <summary>Returns <paramref name="value"/> as a JSON string literal, or null as a JSON null.</summary>
        internal static string String(string value) =>
            value == null ? Null : "\"" + JsonEncodedText.Encode(value, Encoder).ToString() + "\"";

        internal const string Null = "null";

        internal static KeyValuePair<string, string> Member(string name, string jsonValue) => new KeyValuePair<string, string>(name, jsonValue);
    }
}
