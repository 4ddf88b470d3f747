using System.Globalization;
using RoleTools.Core.Metadata;

namespace RoleTools.Metadata;

/// <summary>The IMDSv2 session token API: PUT /latest/api/token.</summary>
public static class TokenApi
{
    public const string TtlHeader = "X-aws-ec2-metadata-token-ttl-seconds";
    public const string Path = "/latest/api/token";

    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder routes)
    {
        routes.Map(Path, IssueToken);
        return routes;
    }

    private static ImdsResult IssueToken(HttpContext context, ServedInstance instance, ILoggerFactory loggers)
    {
        ILogger logger = loggers.CreateLogger("RoleTools.Metadata.TokenApi");
        HttpRequest request = context.Request;

        // EC2 matches the token path exactly: the same path with a trailing slash is forbidden.
        if (request.Path.Value!.EndsWith('/'))
        {
            return ImdsResult.Forbidden();
        }

        InstanceSnapshot snapshot = instance.Snapshot();
        InstanceView? view = snapshot.View;
        ImdsResult? unavailable = instance.CheckAvailable(view, logger);
        if (unavailable != null)
        {
            return unavailable;
        }

        if (!HttpMethods.IsPut(request.Method))
        {
            return ImdsResult.MethodNotAllowed("PUT");
        }

        // A token request forwarded by a proxy is refused, so an open proxy on the instance cannot get one.
        if (request.Headers.ContainsKey("X-Forwarded-For"))
        {
            logger.LogWarning("Refused a token request for {InstanceId} that carries X-Forwarded-For", instance.InstanceId);
            return ImdsResult.Forbidden();
        }

        string? ttlText = request.Headers[TtlHeader].FirstOrDefault();
        if (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out int ttl)
            || ttl < SessionTokens.MinimumTtlSeconds || ttl > SessionTokens.MaximumTtlSeconds)
        {
            logger.LogDebug("Token request with a missing or invalid TTL header rejected with 400");
            return ImdsResult.BadRequest();
        }

        return ImdsResult.Token(SessionTokens.Issue(instance.Store, instance.InstanceId, ttl, snapshot.Now), ttl);
    }
}
