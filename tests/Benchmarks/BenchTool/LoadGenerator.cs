using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace RoleTools.Benchmarks;

/// <summary>
/// A closed-loop HTTP load generator on HttpClient, used when wrk is not installed: each connection
/// sends its next request as soon as the previous response is read, for a fixed time.
/// </summary>
public static class LoadGenerator
{
    /// <summary>Runs the load and returns JSON with the request count, requests/s, p50 and p99 latency (ms) and non-2xx count.</summary>
    public static async Task<string> RunAsync(string url, int connections, int seconds, string method, List<string> headers)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? target) || !System.Net.IPAddress.TryParse(target.Host.Trim('[', ']'), out System.Net.IPAddress? address) || !System.Net.IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"The URL '{url}' is not a loopback address; this load generator only targets loopback.");
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseProxy = false };
        using var client = new HttpClient(handler);
        var parsedHeaders = headers.Select(h => h.Split(':', 2)).Select(p => (Name: p[0].Trim(), Value: p[1].Trim())).ToList();
        var latencies = new List<double>[connections];
        long errors = 0;
        TimeSpan duration = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();

        Task[] workers = Enumerable.Range(0, connections).Select(async index =>
        {
            var own = latencies[index] = new List<double>();
            while (clock.Elapsed < duration)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), target);
                foreach ((string name, string value) in parsedHeaders)
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                long started = Stopwatch.GetTimestamp();
                using HttpResponseMessage response = await client.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                own.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToArray();
        await Task.WhenAll(workers);
        double elapsed = clock.Elapsed.TotalSeconds;

        double[] all = latencies.SelectMany(list => list).OrderBy(value => value).ToArray();
        return JsonSerializer.Serialize(new
        {
            requests = all.Length,
            requestsPerSecond = all.Length / elapsed,
            p50Ms = Percentile(all, 0.50),
            p99Ms = Percentile(all, 0.99),
            non2xx = errors,
        });
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
}
