using System.Text;
using RoleTools.Core.Metadata;

namespace RoleTools.Metadata;

/// <summary>
/// A metadata service response: status, body and content type as EC2 sends them. Items and listings are
/// text/plain with no trailing newline; 400, 404 and 405 carry EC2's XHTML error page; 401 and 403 are empty.
/// </summary>
public sealed class ImdsResult : IResult, IStatusCodeHttpResult
{
    private const string PlainText = "text/plain";
    private const string Html = "text/html";

    private readonly byte[] _body;
    private readonly string? _contentType;
    private readonly IReadOnlyDictionary<string, string> _headers;

    private ImdsResult(int statusCode, byte[] body, string? contentType, IReadOnlyDictionary<string, string>? headers = null)
    {
        StatusCode = statusCode;
        _body = body;
        _contentType = contentType;
        _headers = headers ?? new Dictionary<string, string>();
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public static ImdsResult FromMetadata(MetadataResult result) =>
        result.StatusCode == StatusCodes.Status200OK ? new ImdsResult(200, result.Body, PlainText) : ErrorPage(result.StatusCode, "Not Found");

    public static ImdsResult Token(string token, int ttlSeconds) =>
        new(200, Encoding.UTF8.GetBytes(token), PlainText, new Dictionary<string, string> { ["X-aws-ec2-metadata-token-ttl-seconds"] = ttlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static ImdsResult BadRequest() => ErrorPage(400, "Missing or Invalid Parameters");

    public static ImdsResult NotFound() => ErrorPage(404, "Not Found");

    public static ImdsResult MethodNotAllowed(string allow) =>
        new(405, Page(405, "Method Not Allowed"), Html, new Dictionary<string, string> { ["Allow"] = allow });

    public static ImdsResult Unauthorized() => new(401, Array.Empty<byte>(), null);

    public static ImdsResult Forbidden() => new(403, Array.Empty<byte>(), null);

    /// <summary>A 503 for an instance that is not running or not in the store, with the reason as text.</summary>
    public static ImdsResult Unavailable(string reason) => new(503, Encoding.UTF8.GetBytes(reason), PlainText);

    public static ImdsResult InternalError() => ErrorPage(500, "Internal Server Error");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        HttpResponse response = httpContext.Response;
        response.StatusCode = StatusCode;
        foreach (KeyValuePair<string, string> header in _headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        if (_contentType != null)
        {
            response.ContentType = _contentType;
        }

        response.ContentLength = _body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method) && _body.Length > 0)
        {
            await response.Body.WriteAsync(_body);
        }
    }

    private static ImdsResult ErrorPage(int statusCode, string title) => new(statusCode, Page(statusCode, title), Html);

    /// <summary>Builds the XHTML error page EC2's metadata service returns.</summary>
    private static byte[] Page(int statusCode, string title) => Encoding.Latin1.GetBytes(
        "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n" +
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"\n" +
        "\t\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n" +
        "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n" +
        " <head>\n" +
        $"  <title>{statusCode} - {title}</title>\n" +
        " </head>\n" +
        " <body>\n" +
        $"  <h1>{statusCode} - {title}</h1>\n" +
        " </body>\n" +
        "</html>\n");
}
