using System.Text;

namespace RoleTools.Core.Metadata
{
    /// <summary>The status and body of one metadata response, before HTTP headers are added.</summary>
    public sealed class MetadataResult
    {
        private MetadataResult(int statusCode, byte[] body)
        {
            StatusCode = statusCode;
            Body = body;
        }

        /// <summary>The HTTP status code: 200 for an item or listing, 404 for a path the instance does not have.</summary>
        public int StatusCode { get; }

        /// <summary>The response body, with no trailing newline.</summary>
        public byte[] Body { get; }

        /// <summary>The body as UTF-8 text.</summary>
        public string Text => Encoding.UTF8.GetString(Body);

        public static MetadataResult NotFound { get; } = new MetadataResult(404, new byte[0]);

        public static MetadataResult Ok(string text) => new MetadataResult(200, Encoding.UTF8.GetBytes(text));

        public static MetadataResult Ok(byte[] body) => new MetadataResult(200, body);
    }
}
