using System.Net;

namespace RoleTools.Metadata;

/// <summary>
/// The RoleTools metadata endpoint: a Kestrel server that serves one emulated instance's metadata
/// from a RoleTools store, on loopback unless an address is named explicitly.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        EndpointOptions options;
        try
        {
            options = EndpointOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Console.Error.WriteLine(EndpointOptions.Usage);
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(EndpointOptions.Usage);
            return 0;
        }

        WebApplication app = BuildApp(options);
        app.Run();
        return 0;
    }

    /// <summary>Builds the web application for <paramref name="options"/> without starting it.</summary>
    public static WebApplication BuildApp(EndpointOptions options)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port);
        });

        WebApplication app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Metadata endpoint for instance {InstanceId} listening on {Urls} with store {StorePath}",
                options.InstanceId, string.Join(", ", app.Urls), options.StorePath));
        app.Lifetime.ApplicationStopped.Register(() =>
            app.Logger.LogInformation("Metadata endpoint for instance {InstanceId} stopped", options.InstanceId));

        return app;
    }
}
