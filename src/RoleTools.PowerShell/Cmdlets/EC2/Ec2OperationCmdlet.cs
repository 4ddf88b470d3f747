using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Amazon.EC2.Model;
using RoleTools.Core.Ec2;
using RoleTools.PowerShell.Common;

namespace Amazon.PowerShell.Cmdlets.EC2
{
    /// <summary>
    /// Base of the emulated EC2 cmdlets: opens the EC2 service of the resolved region and turns
    /// -InstanceId arguments into instance IDs the way AWS Tools does.
    /// </summary>
    public abstract class Ec2OperationCmdlet : Ec2Cmdlet
    {
        /// <summary>Creates the EC2 service of the region this call resolves to.</summary>
        protected Ec2Service CreateService() => new Ec2Service(Store, ResolveRegion());

        /// <summary>
        /// Returns the instance IDs in an -InstanceId argument. Each element may be a string, an Instance
        /// (its InstanceId) or a Reservation (all its instances); AWS Tools skips anything else, and so does this.
        /// </summary>
        protected static List<string> ToInstanceIds(IEnumerable<object> values)
        {
            var ids = new List<string>();
            foreach (object value in values ?? Enumerable.Empty<object>())
            {
                object item = value is PSObject wrapped ? wrapped.BaseObject : value;
                switch (item)
                {
                    case string id:
                        ids.Add(id);
                        break;
                    case Instance instance:
                        ids.Add(instance.InstanceId);
                        break;
                    case Reservation reservation:
                        ids.AddRange((reservation.Instances ?? new List<Instance>()).Select(i => i.InstanceId));
                        break;
                    case PSObject other:
                        ids.Add(other.ToString());
                        break;
                }
            }

            return ids;
        }

        /// <summary>Returns a list for a request member, or null when the argument is null or empty, as the SDK leaves unset lists.</summary>
        protected static List<T> ToList<T>(IEnumerable<T> values)
        {
            List<T> list = values?.ToList();
            return list == null || list.Count == 0 ? null : list;
        }

        /// <summary>Describes an association for a verbose message: its ID, instance and instance profile ARN.</summary>
        protected static string DescribeAssociation(IamInstanceProfileAssociation association) =>
            $"{association.AssociationId} (instance {association.InstanceId}, profile {association.IamInstanceProfile?.Arn})";

        /// <summary>Returns true when the caller bound <paramref name="parameterName"/>.</summary>
        protected bool IsBound(string parameterName) => MyInvocation.BoundParameters.ContainsKey(parameterName);

        /// <summary>Throws the terminating error for an invalid argument combination, with the argument as target.</summary>
        protected void ThrowArgumentError(string message, string parameterName, object target)
        {
            var error = new ArgumentException(message, parameterName);
            ThrowTerminatingError(new ErrorRecord(error, "ArgumentException", ErrorCategory.InvalidArgument, target));
        }
    }
}
