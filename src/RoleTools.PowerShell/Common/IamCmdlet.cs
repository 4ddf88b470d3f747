using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RoleTools.Core.Iam;

namespace RoleTools.PowerShell.Common
{
    /// <summary>
    /// Base of the emulated AWS.Tools.IdentityManagement cmdlets. IAM is global: -Region is accepted and ignored.
    /// </summary>
    public abstract class IamCmdlet : AwsServiceCmdlet
    {
        private IamService _iam;

        /// <summary>Settings of the IAM service client. Accepted for compatibility; RoleTools calls no endpoint, so they have no effect.</summary>
        // NOTE: AWS Tools types this parameter AmazonIdentityManagementServiceConfig. That type is in the AWS SDK
        // package for IAM, which RoleTools does not ship, so any ClientConfig is accepted here.
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Amazon.Runtime.ClientConfig ClientConfig { get; set; }

        /// <summary>The IAM operations over the current store.</summary>
        protected IamService Iam => _iam ?? (_iam = new IamService(Store));

        /// <summary>
        /// Writes the -Select output of an operation that returns no data. AWS Tools declares -Select '*' on
        /// such cmdlets but writes nothing unless the caller binds -Select.
        /// </summary>
        protected void WriteSelectedIfBound(object response, string select)
        {
            if (MyInvocation.BoundParameters.ContainsKey("Select"))
            {
                WriteSelected(response, select);
            }
        }

        /// <summary>Returns the array as the list the SDK request carries, or null when it is null.</summary>
        protected static List<T> ToList<T>(T[] items) => items?.ToList();
    }
}
