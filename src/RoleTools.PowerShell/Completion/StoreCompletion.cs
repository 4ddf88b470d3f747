using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using RoleTools.Core.Common;
using RoleTools.Core.Store;
using RoleTools.PowerShell.Common;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// One value a completer offers: the text to insert and the tooltip that describes it.
    /// </summary>
    internal sealed class CompletionCandidate
    {
        public CompletionCandidate(string value, string toolTip, params string[] matchKeys)
        {
            Value = value;
            ToolTip = string.IsNullOrEmpty(toolTip) ? value : toolTip;
            MatchKeys = matchKeys.Length == 0 ? new[] { value } : matchKeys;
        }

        /// <summary>The text that replaces the word being completed.</summary>
        public string Value { get; }

        /// <summary>The text shown beside the value in menu completion.</summary>
        public string ToolTip { get; }

        /// <summary>The strings the typed prefix is matched against, e.g. an ARN and the policy name in it.</summary>
        public IReadOnlyList<string> MatchKeys { get; }
    }

    /// <summary>
    /// Base of the completers that read the current store. Completion runs while the user types, so any
    /// failure yields no candidates instead of an error: no store yet, a file that is not a store, or a
    /// locked or corrupt file. A store that does not exist is never created.
    /// </summary>
    public abstract class StoreArgumentCompleter : IArgumentCompleter
    {
        /// <inheritdoc/>
        public IEnumerable<CompletionResult> CompleteArgument(
            string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            return StoreCompletion.Complete(
                wordToComplete,
                store => store == null ? ReadWithoutStore() : ReadCandidates(store, commandName, fakeBoundParameters));
        }

        /// <summary>Reads the candidates from an existing store.</summary>
        internal abstract IEnumerable<CompletionCandidate> ReadCandidates(RoleToolsStore store, string commandName, IDictionary fakeBoundParameters);

        /// <summary>Returns the candidates offered before the store exists: none, unless a completer overrides it.</summary>
        internal virtual IEnumerable<CompletionCandidate> ReadWithoutStore() => Enumerable.Empty<CompletionCandidate>();
    }

    /// <summary>Matches candidates against the typed prefix and opens the store without creating it.</summary>
    internal static class StoreCompletion
    {
        /// <summary>
        /// Runs <paramref name="read"/> on the current store and returns the candidates whose match keys
        /// start with <paramref name="wordToComplete"/>, ignoring case, as completion results.
        /// </summary>
        public static IEnumerable<CompletionResult> Complete(
            string wordToComplete,
            Func<RoleToolsStore, IEnumerable<CompletionCandidate>> read)
        {
            string prefix = Unquote(wordToComplete);
            List<CompletionCandidate> candidates;
            try
            {
                RoleToolsStore store = OpenExistingStore();
                candidates = read(store)?.ToList() ?? new List<CompletionCandidate>();
            }
            catch (Exception)
            {
                // A completer that throws breaks the Tab key, and a store that cannot be read has nothing to offer.
                return Enumerable.Empty<CompletionResult>();
            }
            finally
            {
                StoreContext.ReleaseConnections();
            }

            return candidates
                .Where(candidate => candidate.MatchKeys.Any(key => key != null && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
                .GroupBy(candidate => candidate.Value, StringComparer.Ordinal)
                .Select(group => group.First())
                .Select(candidate => new CompletionResult(Quote(candidate.Value), candidate.Value, CompletionResultType.ParameterValue, candidate.ToolTip))
                .ToList();
        }

        /// <summary>
        /// Returns the current store when its file exists, or null. The file check comes first because
        /// <see cref="RoleToolsStore.Open"/> creates a missing store.
        /// </summary>
        public static RoleToolsStore OpenExistingStore()
        {
            string path = StoreContext.CurrentPath;
            return File.Exists(path) ? RoleToolsStore.Open(path) : null;
        }

        /// <summary>
        /// Returns the region an EC2 command on the command line would use: its -Region argument when
        /// given, else the usual resolution ($StoredAWSRegion, the default profile, AWS_REGION,
        /// AWS_DEFAULT_REGION, the store's default region).
        /// </summary>
        public static string ResolveRegion(RoleToolsStore store, IDictionary fakeBoundParameters)
        {
            object regionArgument = fakeBoundParameters != null && fakeBoundParameters.Contains("Region") ? fakeBoundParameters["Region"] : null;
            string profileLocation = fakeBoundParameters != null && fakeBoundParameters.Contains("ProfileLocation")
                ? fakeBoundParameters["ProfileLocation"] as string
                : null;

            ResolvedRegion region = AwsRegions.Resolve(
                SessionDefaults.RegionName(regionArgument),
                StoredRegion(),
                () => CredentialProfiles.DefaultRegion(store, string.IsNullOrWhiteSpace(profileLocation) ? null : Path.GetFullPath(profileLocation)),
                Environment.GetEnvironmentVariable,
                () => store.GetInfo().DefaultRegion);
            return region?.Name.ToLowerInvariant();
        }

        /// <summary>
        /// Returns $StoredAWSRegion in the caller's session state, or null. Completion runs on the pipeline
        /// thread while TabExpansion2 runs, so the runspace's SessionStateProxy rejects a read as concurrent.
        /// A script block invoked here reads the variable instead.
        /// </summary>
        private static string StoredRegion()
        {
            Collection<PSObject> values;
            try
            {
                values = ScriptBlock
                    .Create("Get-Variable -Name '" + SessionDefaults.RegionVariableName + "' -ValueOnly -ErrorAction Ignore")
                    .Invoke();
            }
            catch (RuntimeException)
            {
                return null;
            }

            return values.Count > 0 && values[0]?.BaseObject is string name ? name : null;
        }

        private static string Unquote(string word)
        {
            string text = word ?? string.Empty;
            if (text.Length > 0 && (text[0] == '\'' || text[0] == '"'))
            {
                text = text.Substring(1);
            }

            if (text.Length > 0 && (text[text.Length - 1] == '\'' || text[text.Length - 1] == '"'))
            {
                text = text.Substring(0, text.Length - 1);
            }

            return text;
        }

        // IAM names allow + = , . @ _ - and paths allow /: none of these needs quotes in PowerShell
        // except a leading '@', which would start a splat or array expression.
        private static string Quote(string value) =>
            NeedsQuotes(value) ? "'" + value.Replace("'", "''") + "'" : value;

        /// <summary>
        /// Returns true when PowerShell might not read <paramref name="value"/> back as one bare string
        /// argument. IAM names may contain "," (an array separator) and start with "@" (a splat).
        /// </summary>
        private static bool NeedsQuotes(string value) =>
            value.Length == 0
            || value[0] == '@'
            || value.IndexOfAny(new[] { ',', ' ', ';', '(', ')', '{', '}', '$', '`', '\'', '"', '#', '|', '&', '<', '>' }) >= 0;
    }
}
