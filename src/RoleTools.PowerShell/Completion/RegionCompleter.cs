using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Amazon;
using RoleTools.Core.Common;

namespace RoleTools.PowerShell.Completion
{
    /// <summary>
    /// Completes -Region with the AWS SDK's region system names (us-east-1, ...), by prefix and ignoring case,
    /// with the region's display name as the tooltip. It reads no store.
    /// </summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return AwsRegions.All
                .Where(region => region.SystemName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .OrderBy(region => region.SystemName, StringComparer.Ordinal)
                .Select(region => new CompletionResult(region.SystemName, region.SystemName, CompletionResultType.ParameterValue, region.DisplayName))
                .ToList();
        }
    }
}
