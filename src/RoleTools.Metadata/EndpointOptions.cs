using System.Globalization;
using System.Net;

namespace RoleTools.Metadata;

/// <summary>Command-line options of the metadata endpoint.</summary>
public sealed class EndpointOptions
{
    public const string Usage = """
        Usage: RoleTools.Metadata --instance-id ID [--store PATH] [--port N] [--address IP]... [--log-file PATH] [--log-level LEVEL]

        Serves the instance metadata (IMDSv1 and IMDSv2) of one emulated EC2 instance from a RoleTools store.
        The store is read on every request, so associations, trust policies, metadata options and the
        emulated clock take effect on the next request.

        Options:
          --instance-id ID   The emulated instance to serve (i-...). Required.
          --store PATH       The RoleTools store file. Default: $ROLETOOLS_STORE, else the user's data folder.
          --port N           TCP port to listen on; 0 picks a free port. Default: 0.
          --address IP       Address to bind; repeat it to bind several (e.g. 127.0.0.1 and ::1), all on one port.
                             Default: 127.0.0.1 only. Any non-loopback address must be named here.
          --log-file PATH    Append log lines to this file instead of writing them to the console.
          --log-level LEVEL  Minimum log level: Trace, Debug, Information, Warning, Error or None.
                             Default: Information. Debug logs every request.
          --help             Show this text.

        Once listening, the endpoint prints one line "Listening on URL" to standard output.
        It stops cleanly on Ctrl+C or SIGTERM.
        """;

    public string InstanceId { get; private set; } = "";

    public string StorePath { get; private set; } = RoleTools.Core.Store.StoreLocation.DefaultPath();

    public int Port { get; private set; }

    /// <summary>The addresses to bind, in the order given; the first one forms the reported URL.</summary>
    public IReadOnlyList<IPAddress> Addresses => _addresses.Count > 0 ? _addresses : new[] { IPAddress.Loopback };

    public string? LogFile { get; private set; }

    public LogLevel LogLevel { get; private set; } = LogLevel.Information;

    public bool ShowHelp { get; private set; }

    private readonly List<IPAddress> _addresses = new();

    /// <summary>Parses <paramref name="args"/>; throws <see cref="ArgumentException"/> on an unknown or invalid option.</summary>
    public static EndpointOptions Parse(string[] args)
    {
        var options = new EndpointOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                options.ShowHelp = true;
                return options;
            }

            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            string value = args[++i];
            switch (name)
            {
                case "--instance-id":
                    if (!value.StartsWith("i-", StringComparison.Ordinal))
                    {
                        throw new ArgumentException($"Invalid instance ID '{value}': expected an ID such as i-0123456789abcdef0.");
                    }

                    options.InstanceId = value;
                    break;
                case "--store":
                    options.StorePath = Path.GetFullPath(value);
                    break;
                case "--port":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
                    {
                        throw new ArgumentException($"Invalid port '{value}': expected a number from 0 to 65535.");
                    }

                    options.Port = port;
                    break;
                case "--address":
                    if (!IPAddress.TryParse(value, out IPAddress? address))
                    {
                        throw new ArgumentException($"Invalid address '{value}': expected an IPv4 or IPv6 address such as 127.0.0.1.");
                    }

                    options._addresses.Add(address);
                    break;
                case "--log-file":
                    options.LogFile = Path.GetFullPath(value);
                    break;
                case "--log-level":
                    if (!Enum.TryParse(value, ignoreCase: true, out LogLevel level) || !Enum.IsDefined(level))
                    {
                        throw new ArgumentException($"Invalid log level '{value}': expected Trace, Debug, Information, Warning, Error or None.");
                    }

                    options.LogLevel = level;
                    break;
                default:
                    throw new ArgumentException($"Unknown option '{name}'.");
            }
        }

        if (string.IsNullOrEmpty(options.InstanceId))
        {
            throw new ArgumentException("Option --instance-id is required.");
        }

        return options;
    }
}
