using System;
using System.Management.Automation;
using RoleTools.Core.Errors;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the emulated AWS.Tools.Common cmdlets (credentials and regions). Unlike service cmdlets
    /// they declare no common AWS parameters; they work on the session variables and the store's profiles.
    /// </summary>
    public abstract class AwsShellCmdlet : PSCmdlet, IDisposable
    {
        private RoleToolsStore _store;

        /// <summary>The store holding the credential profiles, opened on first use.</summary>
        protected RoleToolsStore Store
        {
            get
            {
                return _store ?? (_store = StoreContext.OpenFor(this));
            }
        }

        /// <summary>True when the caller bound <paramref name="parameterName"/>, even to $null.</summary>
        protected bool ParameterWasBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>
        /// Returns the full path that a -ProfileLocation value names, or null when none is given. The path
        /// only keys a set of profiles in the store; nothing is read from or written to it.
        /// </summary>
        protected string ProfileLocationKey(string profileLocation) =>
            string.IsNullOrWhiteSpace(profileLocation) ? null : GetUnresolvedProviderPathFromPSPath(profileLocation);

        /// <summary>Throws AWS Tools' terminating ArgumentException: error ID "ArgumentException", target the cmdlet.</summary>
        protected void ThrowArgumentError(string message, Exception innerException = null)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message, innerException), "ArgumentException", ErrorCategory.InvalidArgument, this));
        }

        /// <summary>Throws the terminating error for a feature RoleTools does not emulate.</summary>
        protected void ThrowNotEmulated(string feature, string message)
        {
            var error = new NotEmulatedException(feature, message);
            ThrowTerminatingError(new ErrorRecord(error, error.ErrorId, ErrorCategory.NotImplemented, this));
        }

        /// <summary>Runs a store operation, turning a store failure into a terminating error with its stable ID.</summary>
        protected T RunOnStore<T>(Func<T> operation)
        {
            try
            {
                return operation();
            }
            catch (StoreException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.ResourceUnavailable, Store.Path));
                throw; // not reached: ThrowTerminatingError throws
            }
        }

        /// <summary>Releases pooled store connections when the store is in Pester's TestDrive; PowerShell calls it when the command ends, even after an error.</summary>
        public void Dispose() => StoreContext.ReleaseConnectionsAfterCommand(this);
    }
}
