using System.Globalization;
using System.Net;

namespace RoleTools.Metadata;

/// <summary>Command-line options of the metadata endpoint.</summary>
public sealed class EndpointOptions
{
    public const string Usage = """
        Usage: RoleTools.Metadata --instance-id ID [--store PATH] [--port N] [--address IP]

        Serves the instance metadata of one emulated EC2 instance from a RoleTools store.

        Options:
          --instance-id ID   The emulated instance to serve (i-...). Required.
          --store PATH       The RoleTools store file. Default: $ROLETOOLS_STORE, else the user's data folder.
          --port N           TCP port to listen on; 0 picks a free port. Default: 0.
          --address IP       Address to bind. Default: 127.0.0.1 (loopback). Any other address must be named here.
          --help             Show this text.

        The endpoint stops cleanly on Ctrl+C or SIGTERM.
        """;

    public string InstanceId { get; private set; } = "";

    public string StorePath { get; private set; } = RoleTools.Core.Store.StoreLocation.DefaultPath();

    public int Port { get; private set; }

    public IPAddress Address { get; private set; } = IPAddress.Loopback;

    public bool ShowHelp { get; private set; }

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

                    options.Address = address;
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
