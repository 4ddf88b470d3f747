using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Runtime.InteropServices;
using System.Threading;
using RoleTools.Core.Store;

namespace RoleTools.Core.Metadata
{
    /// <summary>A metadata endpoint failed to start, or no endpoint runs for an instance.</summary>
    public sealed class EndpointException : Exception
    {
        /// <summary>Stable identifier for the failure, used as the PowerShell error ID.</summary>
        public string ErrorId { get; }

        public EndpointException(string errorId, string message, Exception innerException = null)
            : base(message, innerException)
        {
            ErrorId = errorId;
        }
    }

    /// <summary>Starts endpoint processes for a store and stops the ones RoleTools started.</summary>
    public static class EndpointProcesses
    {
        /// <summary>How long Start waits for the process to listen and respond.</summary>
        public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

        /// <summary>How long Stop waits for a clean exit after SIGTERM before it kills the process.</summary>
        public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

        private const string ListeningPrefix = "Listening on ";
        private const int SigTerm = 15;

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int Kill(int pid, int signal);

        /// <summary>
        /// Starts the endpoint program (<paramref name="endpointDll"/>, run by the dotnet host) for an instance
        /// of the store, waits until it responds to HTTP, and returns its registry record.
        /// </summary>
        public static EndpointRecord Start(RoleToolsStore store, string endpointDll, string instanceId, int port, IReadOnlyList<string> addresses, string logPath)
        {
            if (!File.Exists(endpointDll))
            {
                throw new EndpointException("RoleTools.MetadataEndpointMissing", $"The metadata endpoint program '{endpointDll}' is missing. Run ./build.ps1 Build to lay out the module.");
            }

            if (store.Read(session => InstanceReader.Read(session, instanceId)) == null)
            {
                throw new EndpointException("RoleTools.MetadataEndpointInstanceNotFound", $"The instance ID '{instanceId}' does not exist in the store '{store.Path}'.");
            }

            EndpointRecord running = EndpointRegistry.ListLive(store).FirstOrDefault(record => record.InstanceId == instanceId);
            if (running != null)
            {
                throw new EndpointException(
                    "RoleTools.MetadataEndpointAlreadyRunning",
                    $"Instance {instanceId} is already served at {running.Url} by process {running.ProcessId}. Stop it with Stop-RoleToolsMetadataEndpoint first.");
            }

            var startInfo = new ProcessStartInfo(FindDotnetHost())
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            var arguments = new List<string> { endpointDll, "--instance-id", instanceId, "--store", store.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--log-file", logPath };
            foreach (string address in addresses)
            {
                arguments.Add("--address");
                arguments.Add(address);
            }

            startInfo.Arguments = string.Join(" ", arguments.Select(Quote));
            Process process = Process.Start(startInfo);
            string url = ReadListeningUrl(process, logPath);
            WaitUntilAnswering(process, url);

            EndpointRecord record = EndpointRegistry.ListLive(store).FirstOrDefault(row => row.ProcessId == process.Id);
            if (record == null)
            {
                throw new EndpointException("RoleTools.MetadataEndpointStartFailed", $"The metadata endpoint (process {process.Id}) listens at {url} but did not register in the store '{store.Path}'. See its log '{logPath}'.");
            }

            return record;
        }

        /// <summary>
        /// Stops the endpoint of <paramref name="record"/>: SIGTERM on Unix so it unregisters itself, then a
        /// kill if it has not exited in <see cref="StopTimeout"/>. Only a live registered process is signalled.
        /// </summary>
        public static void Stop(RoleToolsStore store, EndpointRecord record)
        {
            if (!EndpointRegistry.IsAlive(record))
            {
                EndpointRegistry.Unregister(store, record.InstanceId, record.ProcessId);
                return;
            }

            using (Process process = Process.GetProcessById(record.ProcessId))
            {
                bool isUnix = Path.DirectorySeparatorChar == '/';
                if (!isUnix || Kill(record.ProcessId, SigTerm) != 0 || !process.WaitForExit((int)StopTimeout.TotalMilliseconds))
                {
                    process.Kill();
                    process.WaitForExit((int)StopTimeout.TotalMilliseconds);
                }
            }

            EndpointRegistry.Unregister(store, record.InstanceId, record.ProcessId);
        }

        private static string ReadListeningUrl(Process process, string logPath)
        {
            var lineRead = new System.Threading.Tasks.TaskCompletionSource<string>();
            process.OutputDataReceived += (sender, e) =>
            {
                if (e.Data == null)
                {
                    lineRead.TrySetResult(null);
                }
                else if (e.Data.StartsWith(ListeningPrefix, StringComparison.Ordinal))
                {
                    lineRead.TrySetResult(e.Data.Substring(ListeningPrefix.Length).Trim());
                }
            };
            process.BeginOutputReadLine();

            if (!lineRead.Task.Wait(StartTimeout) || lineRead.Task.Result == null)
            {
                string error = process.HasExited ? process.StandardError.ReadToEnd().Trim() : "";
                if (!process.HasExited)
                {
                    process.Kill();
                }

                throw new EndpointException(
                    "RoleTools.MetadataEndpointStartFailed",
                    $"The metadata endpoint did not start within {StartTimeout.TotalSeconds} seconds. {error} See its log '{logPath}'.".Trim());
            }

            return lineRead.Task.Result;
        }

        private static void WaitUntilAnswering(Process process, string url)
        {
            using (var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) })
            {
                DateTime deadline = DateTime.UtcNow + StartTimeout;
                while (true)
                {
                    try
                    {
                        // Any HTTP status counts: a disabled or token-only instance returns 403 or 401.
                        using (client.GetAsync(url + "latest/meta-data/instance-id").GetAwaiter().GetResult())
                        {
                            return;
                        }
                    }
                    catch (HttpRequestException) when (DateTime.UtcNow < deadline && !process.HasExited)
                    {
                        Thread.Sleep(100);
                    }
                }
            }
        }

        /// <summary>Returns the dotnet host: the one running this process when it is dotnet, else DOTNET_HOST_PATH, else dotnet on PATH.</summary>
        private static string FindDotnetHost()
        {
            string executable = Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";
            using (Process self = Process.GetCurrentProcess())
            {
                string current = self.MainModule?.FileName;
                if (current != null && string.Equals(Path.GetFileName(current), executable, StringComparison.OrdinalIgnoreCase))
                {
                    return current;
                }
            }

            string fromEnvironment = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
            {
                return fromEnvironment;
            }

            string root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, executable)))
            {
                return Path.Combine(root, executable);
            }

            foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            {
                string candidate = Path.Combine(folder, executable);
                if (folder.Length > 0 && File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new EndpointException("RoleTools.DotnetHostNotFound", "The dotnet host was not found on PATH or in DOTNET_ROOT; the metadata endpoint needs the .NET 10 runtime.");
        }

        private static string Quote(string argument) =>
            argument.Length > 0 && argument.IndexOfAny(new[] { ' ', '"', '\t' }) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";
    }
}
