using System;

namespace RoleTools.Core.Store
{
    /// <summary>
    /// A store file that cannot be used: not a RoleTools store, written by a newer version, or unreadable.
    /// </summary>
    public sealed class StoreException : Exception
    {
        /// <summary>Stable identifier for the failure, used as the PowerShell error ID.</summary>
        public string ErrorId { get; }

        public StoreException(string errorId, string message, Exception innerException = null)
            : base(message, innerException)
        {
            ErrorId = errorId;
        }
    }
}
