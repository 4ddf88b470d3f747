namespace RoleTools.Benchmarks;

/// <summary>
/// Entry point of the benchmark helper. Each subcommand prints its result as one JSON object on
/// standard output, so the PowerShell script can read it with ConvertFrom-Json.
/// </summary>
public static class Program
{
    private const string Usage =
        "usage: BenchTool ceiling [--port N]\n" +
        "       BenchTool load --url URL --connections N --seconds S [--method GET|PUT] [--header 'Name: value']...\n" +
        "       BenchTool sqlite --path FILE --count N\n" +
        "       BenchTool seed --store FILE --count N --region REGION";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "ceiling":
                await CeilingServer.RunAsync(options.GetInt("port", 0));
                return 0;
            case "load":
                Console.WriteLine(await LoadGenerator.RunAsync(
                    options.Get("url"), options.GetInt("connections"), options.GetInt("seconds"),
                    options.Get("method", "GET"), options.GetAll("header")));
                return 0;
            case "sqlite":
                Console.WriteLine(SqliteCeiling.Run(options.Get("path"), options.GetInt("count")));
                return 0;
            case "seed":
                Console.WriteLine(StoreSeeder.Run(options.Get("store"), options.GetInt("count"), options.Get("region")));
                return 0;
            default:
                Console.Error.WriteLine($"error: unknown subcommand '{args[0]}'.");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}

/// <summary>Command-line options of the form --name value; a name may repeat.</summary>
internal sealed class Options
{
    private readonly List<KeyValuePair<string, string>> _values = new();

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        string[] list = args.ToArray();
        for (int i = 0; i < list.Length; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Length)
            {
                throw new ArgumentException($"Expected '--name value' but found '{list[i]}'.");
            }

            options._values.Add(new(list[i][2..], list[i + 1]));
            i++;
        }

        return options;
    }

    public string Get(string name, string? fallback = null) =>
        _values.LastOrDefault(pair => pair.Key == name).Value ?? fallback ?? throw new ArgumentException($"The option --{name} is missing.");

    public int GetInt(string name, int? fallback = null)
    {
        string? text = _values.LastOrDefault(pair => pair.Key == name).Value;
        if (text == null)
        {
            return fallback ?? throw new ArgumentException($"The option --{name} is missing.");
        }

        return int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<string> GetAll(string name) => _values.Where(pair => pair.Key == name).Select(pair => pair.Value).ToList();
}
