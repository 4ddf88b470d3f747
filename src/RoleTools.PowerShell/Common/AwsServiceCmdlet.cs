using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using Amazon.Runtime;
using RoleTools.Core.Common;
using RoleTools.Core.Errors;
using RoleTools.Core.Store;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of every emulated AWS Tools cmdlet. It declares the common parameters that AWS Tools cmdlets
    /// accept (none of them contacts anything), raises service errors the way AWS Tools does, applies
    /// AWS Tools' ShouldProcess and -Select rules, and opens the current store.
    /// </summary>
    public abstract class AwsServiceCmdlet : PSCmdlet, IDisposable
    {
        /// <summary>AWS Tools' message when no credentials are found, e.g. for a -ProfileName that names no profile.</summary>
        public const string NoCredentialsMessage = "No credentials specified or obtained from persisted/shell defaults.";

        private RoleToolsStore _store;
        private string _checkedProfileName;

        /// <summary>The region to call. IAM is global and ignores it; EC2 keeps each region apart.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("RegionToCall")]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public object Region { get; set; }

        /// <summary>AWS access key ID. Accepted for compatibility; RoleTools uses no credentials.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AK")]
        public string AccessKey { get; set; }

        /// <summary>AWS secret access key. Accepted for compatibility; never sent anywhere.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("SK", "SecretAccessKey")]
        public string SecretKey { get; set; }

        /// <summary>Session token of temporary credentials. Accepted for compatibility.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("ST")]
        public string SessionToken { get; set; }

        /// <summary>
        /// Name of a credential profile in the RoleTools store. A name that matches no profile fails, as in
        /// AWS Tools, unless -AccessKey and -SecretKey are also given.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("StoredCredentials", "AWSProfileName")]
        public string ProfileName { get; set; }

        /// <summary>The -ProfileLocation that -ProfileName's profile was saved under. Never read as a file.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("AWSProfilesLocation", "ProfilesLocation")]
        public string ProfileLocation { get; set; }

        /// <summary>An AWSCredentials object. Accepted for compatibility.</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public AWSCredentials Credential { get; set; }

        /// <summary>Credentials for SAML-federated profiles. Accepted for compatibility.</summary>
        [Parameter(ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public PSCredential NetworkCredential { get; set; }

        /// <summary>Service endpoint URL. Accepted for compatibility; RoleTools calls no endpoint.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string EndpointUrl { get; set; }

        /// <summary>
        /// The store this cmdlet works on, opened on first use. Reading it first checks that -ProfileName
        /// names a stored profile, so every cmdlet fails on an unknown profile before it changes anything.
        /// </summary>
        protected RoleToolsStore Store
        {
            get
            {
                EnsureProfileExists();
                return OpenedStore;
            }
        }

        private RoleToolsStore OpenedStore
        {
            get
            {
                return _store ?? (_store = StoreContext.OpenFor(this));
            }
        }

        /// <summary>The cmdlet's name as AWS Tools reports it in ShouldProcess actions, e.g. "New-IAMRole".</summary>
        protected string CommandName => MyInvocation.MyCommand.Name;

        /// <summary>
        /// Throws AWS Tools' terminating error when -ProfileName names no profile in the store: an
        /// InvalidOperationException with error ID "InvalidOperationException" and the cmdlet as target.
        /// AWS Tools checks this before the confirmation prompt and the service call, and so does every
        /// path here (<see cref="Store"/>, <see cref="ConfirmShouldProceed"/>, <see cref="Invoke{T}"/>).
        /// Access and secret key parameters take precedence over a profile, so with both the name is not checked.
        /// </summary>
        protected void EnsureProfileExists()
        {
            string name = ProfileName;
            if (string.IsNullOrEmpty(name) || (!string.IsNullOrEmpty(AccessKey) && !string.IsNullOrEmpty(SecretKey)))
            {
                return;
            }

            string location = string.IsNullOrWhiteSpace(ProfileLocation) ? null : GetUnresolvedProviderPathFromPSPath(ProfileLocation);
            string checkedKey = location + "|" + name;
            if (checkedKey == _checkedProfileName)
            {
                return;
            }

            CredentialProfile profile;
            try
            {
                profile = CredentialProfiles.Find(OpenedStore, location, name);
            }
            catch (StoreException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.ResourceUnavailable, OpenedStore.Path));
                return;
            }

            if (profile == null || !profile.HasKeys)
            {
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(NoCredentialsMessage), "InvalidOperationException", ErrorCategory.InvalidOperation, this));
            }

            _checkedProfileName = checkedKey;
        }

        /// <summary>
        /// Applies AWS Tools' confirmation rule: with -WhatIf, ShouldProcess decides (and returns false);
        /// otherwise -Force or ShouldProcess. <paramref name="operation"/> is the API name, e.g. "CreateRole".
        /// </summary>
        protected bool ConfirmShouldProceed(bool force, string target, string operation)
        {
            EnsureProfileExists();
            string action = $"{CommandName} ({operation})";
            if (MyInvocation.BoundParameters.TryGetValue("WhatIf", out object whatIf) && whatIf is SwitchParameter whatIfSwitch && whatIfSwitch.IsPresent)
            {
                return ShouldProcess(target, action);
            }

            return force || ShouldProcess(target, action);
        }

        /// <summary>Formats a ShouldProcess target from several values as AWS Tools does.</summary>
        protected static string FormatTarget(IEnumerable<string> values)
        {
            List<string> list = values?.ToList() ?? new List<string>();
            if (list.Count <= 10)
            {
                return string.Join(", ", list);
            }

            return string.Join(", ", list.Take(10)) + $" (plus {list.Count - 10} more)";
        }

        /// <summary>
        /// Runs one service operation. Service errors become AWS Tools' terminating error:
        /// an InvalidOperationException wrapping the service exception, with the exception's type
        /// name as error ID. A feature RoleTools does not emulate fails with its stable error ID.
        /// </summary>
        protected T Invoke<T>(Func<T> operation)
        {
            EnsureProfileExists();
            if (typeof(T) != typeof(object))
            {
                ValidateSelectFor(typeof(T));
            }

            WarnAboutNullRequiredParameters();

            try
            {
                T response = operation();
                FillResponseMetadata(response as AmazonWebServiceResponse);
                return response;
            }
            catch (AmazonServiceException ex)
            {
                ThrowServiceError(ex);
                throw; // not reached: ThrowTerminatingError throws
            }
            catch (NotEmulatedException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.NotImplemented, this));
                throw;
            }
            catch (StoreException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.ResourceUnavailable, Store.Path));
                throw;
            }
        }

        /// <summary>
        /// Warns, as AWS Tools does, for each required parameter bound to $null; the call still goes on, and
        /// the service's validation decides.
        /// </summary>
        private void WarnAboutNullRequiredParameters()
        {
            foreach (KeyValuePair<string, object> bound in MyInvocation.BoundParameters)
            {
                object value = bound.Value is PSObject wrapped ? wrapped.BaseObject : bound.Value;
                if (value != null)
                {
                    continue;
                }

                PropertyInfo property = GetType().GetProperty(bound.Key, BindingFlags.Public | BindingFlags.Instance);
                bool required = property != null && property.GetCustomAttributes<ParameterAttribute>(true).Any(attribute => attribute.Mandatory);
                if (required)
                {
                    WriteWarning($"You are passing $null as a value for parameter {bound.Key} which is marked as required. " +
                        "In case you believe this parameter was incorrectly marked as required, report this by opening an issue at " +
                        "https://github.com/aws/aws-tools-for-powershell/issues.");
                }
            }
        }

        /// <summary>
        /// Rejects an unresolvable -Select before the operation runs, so a typo never leaves a change behind
        /// a failed command. Cmdlets without a -Select parameter are not checked.
        /// </summary>
        private void ValidateSelectFor(Type responseType)
        {
            PropertyInfo selectProperty = GetType().GetProperty("Select", BindingFlags.Public | BindingFlags.Instance);
            if (selectProperty == null || selectProperty.PropertyType != typeof(string) || !selectProperty.IsDefined(typeof(ParameterAttribute), true))
            {
                return;
            }

            string select = (string)selectProperty.GetValue(this);
            try
            {
                SelectResolver.Validate(responseType, select, this);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "ArgumentException", ErrorCategory.InvalidArgument, select));
            }
        }

        /// <summary>
        /// Gives a response the HTTP status and request ID that the AWS SDK sets on every successful response,
        /// so scripts that check HttpStatusCode or ResponseMetadata.RequestId see what they see on AWS.
        /// </summary>
        private static void FillResponseMetadata(AmazonWebServiceResponse response)
        {
            if (response == null)
            {
                return;
            }

            if (response.HttpStatusCode == 0)
            {
                response.HttpStatusCode = System.Net.HttpStatusCode.OK;
            }

            if (response.ResponseMetadata == null)
            {
                response.ResponseMetadata = new ResponseMetadata { RequestId = Guid.NewGuid().ToString() };
            }
        }

        /// <summary>Runs one service operation that returns nothing; see <see cref="Invoke{T}"/>.</summary>
        protected void Invoke(Action operation) => Invoke<object>(() => { operation(); return null; });

        /// <summary>Throws the terminating error AWS Tools raises for a service exception.</summary>
        protected void ThrowServiceError(AmazonServiceException exception)
        {
            var wrapper = new InvalidOperationException(exception.Message, exception);
            ThrowTerminatingError(new ErrorRecord(wrapper, exception.GetType().ToString(), ErrorCategory.InvalidOperation, this));
        }

        /// <summary>
        /// Writes what <paramref name="select"/> picks from <paramref name="response"/>, item by item for
        /// collections. An unresolvable -Select is a terminating ArgumentException, as in AWS Tools.
        /// </summary>
        protected void WriteSelected(object response, string select)
        {
            List<object> output;
            try
            {
                output = SelectResolver.Resolve(response, select, this).ToList();
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "ArgumentException", ErrorCategory.InvalidArgument, select));
                return;
            }

            foreach (object item in output)
            {
                WriteObject(item);
            }
        }

        /// <summary>
        /// Runs a paginated list operation as AWS Tools does: all pages unless -NoAutoIteration is set or
        /// the caller passed a marker, with -Select * writing each page's response and -Select ^Param
        /// writing the parameter's value once at the end.
        /// </summary>
        protected void WritePaged<TResponse>(
            Func<string, TResponse> fetchPage,
            Func<TResponse, string> nextMarker,
            string initialMarker,
            bool noAutoIteration,
            string select)
        {
            bool markerBound = !string.IsNullOrEmpty(initialMarker);
            bool selectsParameter = select != null && select.StartsWith("^", StringComparison.Ordinal);
            string marker = initialMarker;
            TResponse page;
            do
            {
                string pageMarker = marker;
                page = Invoke(() => fetchPage(pageMarker));
                if (!selectsParameter)
                {
                    WriteSelected(page, select);
                }

                marker = nextMarker(page);
            }
            while (!noAutoIteration && !markerBound && !string.IsNullOrEmpty(marker));

            if (selectsParameter)
            {
                WriteSelected(page, select);
            }
        }

        /// <summary>Writes a verbose message naming what a cmdlet changed.</summary>
        protected void WriteChange(string message) => WriteVerbose(message);

        /// <summary>Releases pooled store connections when the store is in Pester's TestDrive; PowerShell calls it when the command ends, even after an error.</summary>
        public void Dispose() => StoreContext.ReleaseConnectionsAfterCommand(this);
    }
}
