using Amazon.IdentityManagement;
using RoleTools.Core.Policies;

namespace RoleTools.Core.Metadata
{
    /// <summary>
    /// Decides whether a role's trust policy lets the EC2 service assume it, as EC2 checks before it
    /// hands out instance-profile credentials.
    /// </summary>
    public static class TrustPolicy
    {
        public const string Ec2ServicePrincipal = "ec2.amazonaws.com";

        /// <summary>
        /// Returns true when the trust policy allows sts:AssumeRole to ec2.amazonaws.com and denies it
        /// nowhere (see <see cref="PolicyMatcher.AllowsService(string, string, string)"/>). A document that IAM
        /// would reject as malformed trusts no one.
        /// </summary>
        public static bool AllowsEc2(string policyDocument)
        {
            if (string.IsNullOrWhiteSpace(policyDocument))
            {
                return false;
            }

            try
            {
                return PolicyMatcher.AllowsService(policyDocument, Ec2ServicePrincipal);
            }
            catch (AmazonIdentityManagementServiceException)
            {
                return false;
            }
        }
    }
}
