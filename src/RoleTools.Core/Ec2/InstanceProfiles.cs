using Amazon.EC2.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    /// <summary>An IAM instance profile as EC2 refers to it.</summary>
    public sealed class InstanceProfileReference
    {
        public string Id { get; set; }

        public string Arn { get; set; }

        public string Name { get; set; }
    }

    /// <summary>
    /// Resolves the instance profile named in an EC2 request from the store's IAM tables. Names match
    /// case-insensitively, as IAM names do; ARNs match exactly.
    /// </summary>
    internal static class InstanceProfiles
    {
        /// <summary>
        /// Returns the profile named by <paramref name="specification"/>, or throws InvalidParameterValue
        /// for an unknown name or ARN, or MissingParameter when it names none.
        /// </summary>
        internal static InstanceProfileReference Resolve(StoreSession session, IamInstanceProfileSpecification specification)
        {
            string name = string.IsNullOrEmpty(specification?.Name) ? null : specification.Name;
            string arn = string.IsNullOrEmpty(specification?.Arn) ? null : specification.Arn;
            if (name == null && arn == null)
            {
                throw Ec2Faults.MissingParameter("iamInstanceProfile");
            }

            InstanceProfileReference byArn = null;
            if (arn != null)
            {
                byArn = session.QuerySingleOrDefault<InstanceProfileReference>(
                    "SELECT instance_profile_id AS Id, arn AS Arn, instance_profile_name AS Name FROM iam_instance_profiles WHERE arn = @arn",
                    new { arn }) ?? throw Ec2Faults.UnknownProfileArn(arn);
            }

            InstanceProfileReference byName = null;
            if (name != null)
            {
                byName = session.QuerySingleOrDefault<InstanceProfileReference>(
                    "SELECT instance_profile_id AS Id, arn AS Arn, instance_profile_name AS Name FROM iam_instance_profiles WHERE name_lower = @nameLower",
                    new { nameLower = name.ToLowerInvariant() }) ?? throw Ec2Faults.UnknownProfileName(name);
            }

            if (byArn != null && byName != null && byArn.Id != byName.Id)
            {
                throw Ec2Faults.InvalidParameterCombination(
                    $"The instance profile name ({name}) and ARN ({arn}) name different instance profiles. Specify only one of them.");
            }

            return byArn ?? byName;
        }
    }
}
