using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using RoleTools.Core.Metadata;
using RoleTools.Core.Store;

namespace RoleTools.Metadata;

/// <summary>
/// The RoleTools metadata endpoint: a Kestrel server that serves one emulated instance's metadata
/// from a RoleTools store, on loopback unless an address is named explicitly.
/// </summary>
public static class Program
{
    /// <summary>Exit code for invalid options.</summary>
    private const int ExitUsage = 2;

    /// <summary>Exit code when the store cannot be opened or the port cannot be bound.</summary>
    private const int ExitFailed = 1;

    /// <summary>Exit code when another live endpoint already serves the instance in this store.</summary>
    private const int ExitAlreadyServed = 3;

    public static async Task<int> Main(string[] args)
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
            return ExitUsage;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(EndpointOptions.Usage);
            return 0;
        }

        return await RunAsync(options);
    }

    /// <summary>Serves until Ctrl+C or SIGTERM, keeping this process's row in the store's endpoint registry meanwhile.</summary>
    public static async Task<int> RunAsync(EndpointOptions options)
    {
        RoleToolsStore store;
        try
        {
            store = RoleToolsStore.Open(options.StorePath);
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitFailed;
        }

        WebApplication app = BuildApp(options, store);
        try
        {
            await app.StartAsync();
        }
        catch (IOException ex)
        {
            app.Logger.LogError(ex, "Failed to bind {Addresses} port {Port}", string.Join(", ", options.Addresses), options.Port);
            return ExitFailed;
        }

        using Process self = Process.GetCurrentProcess();
        int port = BoundPort(app);
        var record = new EndpointRecord
        {
            InstanceId = options.InstanceId,
            ProcessId = self.Id,
            ProcessStartedAt = self.StartTime.ToUniversalTime(),
            Url = BaseUrl(options.Addresses[0], port),
            Port = port,
            Addresses = string.Join(",", options.Addresses),
            LogPath = options.LogFile,
            StartedAt = DateTime.UtcNow,
        };
        if (!EndpointRegistry.TryRegister(store, record, out EndpointRecord? existing))
        {
            app.Logger.LogError("Instance {InstanceId} is already served by process {ProcessId} at {Url}; stopping",
                options.InstanceId, existing!.ProcessId, existing.Url);
            await app.StopAsync();
            return ExitAlreadyServed;
        }

        Console.WriteLine($"Listening on {record.Url}");
        try
        {
            await app.WaitForShutdownAsync();
        }
        finally
        {
            EndpointRegistry.Unregister(store, options.InstanceId, self.Id);
            await app.DisposeAsync();
        }

        return 0;
    }

    /// <summary>Builds the web application for <paramref name="options"/> without starting it.</summary>
    public static WebApplication BuildApp(EndpointOptions options, RoleToolsStore store)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(options.LogLevel);

        // Kestrel's per-connection debug lines would drown the request log; Trace still shows them.
        if (options.LogLevel > LogLevel.Trace)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.Information);
        }
        if (options.LogFile != null)
        {
            builder.Logging.AddProvider(new FileLoggerProvider(options.LogFile));
        }
        else
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }

        int port = options.Port == 0 && options.Addresses.Count > 1 ? FindFreePort(options.Addresses[0]) : options.Port;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            foreach (IPAddress address in options.Addresses)
            {
                kestrel.Listen(address, port);
            }
        });
        builder.Services.AddSingleton(_ => new ServedInstance(store, options.InstanceId));

        WebApplication app = builder.Build();
        app.Use(ServeAsEc2);
        app.UseRouting();
        app.MapTokenApi();
        app.MapMetadataApi();

        app.Lifetime.ApplicationStarted.Register(() =>
            app.Logger.LogInformation("Metadata endpoint for instance {InstanceId} listening on {Urls} with store {StorePath}",
                options.InstanceId, string.Join(", ", app.Urls), store.Path));
        app.Lifetime.ApplicationStopped.Register(() =>
            app.Logger.LogInformation("Metadata endpoint for instance {InstanceId} stopped", options.InstanceId));
        return app;
    }

    /// <summary>Returns the port Kestrel bound, which differs from the option when it was 0.</summary>
    public static int BoundPort(WebApplication app)
    {
        ICollection<string> addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First()).Port;
    }

    /// <summary>Returns the base URL clients use, with a trailing slash, such as http://127.0.0.1:49152/ or http://[::1]:49152/.</summary>
    public static string BaseUrl(IPAddress address, int port) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 ? $"http://[{address}]:{port}/" : $"http://{address}:{port}/";

    /// <summary>
    /// Adds EC2's Server header to every response, folds a doubled leading slash (a client configured with
    /// a trailing slash in the endpoint URL sends //latest/...), logs each request at debug level, and turns
    /// an unexpected failure into a logged 500.
    /// </summary>
    private static async Task ServeAsEc2(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Server = "EC2ws";
            return Task.CompletedTask;
        });

        string path = context.Request.Path.Value ?? "/";
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            context.Request.Path = "/" + path.TrimStart('/');
        }

        ILogger logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("RoleTools.Metadata.Requests");
        long started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            logger.LogError(ex, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            await ImdsResult.InternalError().ExecuteAsync(context);
        }

        logger.LogDebug("{Method} {Path} returned {StatusCode} in {ElapsedMilliseconds:F1} ms",
            context.Request.Method, context.Request.Path, context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>Asks the OS for a free port on <paramref name="address"/>, so several addresses can share one chosen port.</summary>
    private static int FindFreePort(IPAddress address)
    {
        using var listener = new TcpListener(address, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
