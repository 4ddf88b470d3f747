namespace RoleTools.Benchmarks;

/// <summary>
/// The HTTP ceiling: Kestrel on loopback returning a constant string for every request, with the same
/// slim host and no logging, so its throughput bounds what the metadata endpoint can reach here.
/// </summary>
public static class CeilingServer
{
    public static async Task RunAsync(int port)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(System.Net.IPAddress.Loopback, port);
        });

        WebApplication app = builder.Build();
        app.Map("/{**path}", () => "constant response body");
        await app.StartAsync();
        Console.WriteLine($"Listening on {app.Urls.First()}/");
        await app.WaitForShutdownAsync();
    }
}
