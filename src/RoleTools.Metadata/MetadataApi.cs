using RoleTools.Core.Metadata;

namespace RoleTools.Metadata;

/// <summary>The metadata tree: every path other than the token API, with IMDSv1/IMDSv2 access rules.</summary>
public static class MetadataApi
{
    public const string TokenHeader = "X-aws-ec2-metadata-token";

    public static IEndpointRouteBuilder MapMetadataApi(this IEndpointRouteBuilder routes)
    {
        routes.Map("/{**path}", ReadMetadata);
        return routes;
    }

    private static ImdsResult ReadMetadata(HttpContext context, ServedInstance instance, ILoggerFactory loggers)
    {
        ILogger logger = loggers.CreateLogger("RoleTools.Metadata.MetadataApi");
        HttpRequest request = context.Request;

        InstanceSnapshot snapshot = instance.Snapshot();
        InstanceView? view = snapshot.View;
        ImdsResult? unavailable = instance.CheckAvailable(view, logger);
        if (unavailable != null)
        {
            return unavailable;
        }

        // A request that carries a token is an IMDSv2 request, so a bad token is 401 even when IMDSv1 is allowed.
        int delivery;
        if (request.Headers.TryGetValue(TokenHeader, out var tokens))
        {
            if (!instance.ValidateToken(snapshot, tokens.FirstOrDefault() ?? ""))
            {
                logger.LogDebug("Request with an invalid or expired session token rejected with 401");
                return ImdsResult.Unauthorized();
            }

            delivery = 2;
        }
        else if (view!.TokensRequired)
        {
            return ImdsResult.Unauthorized();
        }
        else
        {
            delivery = 1;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return ImdsResult.MethodNotAllowed("GET, HEAD");
        }

        MetadataTree tree = instance.GetTree(snapshot, delivery);
        return ImdsResult.FromMetadata(tree.Resolve(request.Path.Value));
    }
}
