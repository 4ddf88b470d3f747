using System.Collections.Generic;
using Amazon.EC2;
using RoleTools.Core.Errors;

namespace RoleTools.Core.Ec2
{
    /// <summary>
    /// The EC2 errors RoleTools raises, with the codes and message shapes the service uses.
    /// Messages marked unverified follow the service's pattern but were not seen verbatim in a source.
    /// </summary>
    internal static class Ec2Faults
    {
        internal static AmazonEC2Exception InvalidParameterValue(string message) => Ec2Errors.Create("InvalidParameterValue", message);

        internal static AmazonEC2Exception InvalidParameterCombination(string message) => Ec2Errors.Create("InvalidParameterCombination", message);

        internal static AmazonEC2Exception MissingParameter(string name) =>
            Ec2Errors.Create("MissingParameter", $"The request must contain the parameter {name}");

        internal static AmazonEC2Exception InstanceIdMalformed(string id) =>
            Ec2Errors.Create("InvalidInstanceID.Malformed", $"Invalid id: \"{id}\"");

        internal static AmazonEC2Exception InstanceIdsNotFound(IReadOnlyList<string> ids) =>
            ids.Count == 1
                ? Ec2Errors.Create("InvalidInstanceID.NotFound", $"The instance ID '{ids[0]}' does not exist")
                : Ec2Errors.Create("InvalidInstanceID.NotFound", $"The instance IDs '{string.Join(", ", ids)}' do not exist");

        internal static AmazonEC2Exception ImageIdMalformed(string id) =>
            Ec2Errors.Create("InvalidAMIID.Malformed", $"Invalid id: \"{id}\" (expecting \"ami-...\")");

        // EC2's message does not name the rejected value (seen with an instance ID in place of an association ID).
        internal static AmazonEC2Exception AssociationIdInvalid() =>
            Ec2Errors.Create("InvalidParameterValue", "Invalid value for associationId.");

        // NOTE: the service's wording for an unknown association ID is unverified; this follows its instance ID message.
        internal static AmazonEC2Exception AssociationNotFound(string id) =>
            Ec2Errors.Create("InvalidAssociationID.NotFound", $"The association ID '{id}' does not exist");

        internal static AmazonEC2Exception ExistingAssociation(string instanceId) =>
            Ec2Errors.Create("IncorrectState", $"There is an existing association for instance {instanceId}");

        internal static AmazonEC2Exception NotActiveAssociation(string associationId) =>
            Ec2Errors.Create("IncorrectState", $"The association {associationId} is not the active association");

        internal static AmazonEC2Exception NotRunningOrStopped(string instanceId) =>
            Ec2Errors.Create("IncorrectInstanceState", $"The instance '{instanceId}' is not in the 'running' or 'stopped' states.");

        internal static AmazonEC2Exception NeverRunning(string instanceId) =>
            Ec2Errors.Create("IncorrectInstanceState", $"Instance '{instanceId}' cannot be stopped as it has never reached the 'running' state.");

        internal static AmazonEC2Exception CannotStop(string instanceId) =>
            Ec2Errors.Create("IncorrectInstanceState", $"This instance '{instanceId}' is not in a state from which it can be stopped.");

        internal static AmazonEC2Exception CannotStart(string instanceId) =>
            Ec2Errors.Create("IncorrectInstanceState", $"The instance '{instanceId}' is not in a state from which it can be started.");

        internal static AmazonEC2Exception MetadataOptionsNotModifiable(string instanceId, string state) =>
            Ec2Errors.Create("IncorrectInstanceState", $"The instance '{instanceId}' is in the '{state}' state, so its metadata options cannot be modified.");

        internal static AmazonEC2Exception TerminationProtected(string instanceId) =>
            Ec2Errors.Create("OperationNotPermitted", $"The instance '{instanceId}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.");

        internal static AmazonEC2Exception StopProtected(string instanceId) =>
            Ec2Errors.Create("OperationNotPermitted", $"The instance '{instanceId}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.");

        internal static AmazonEC2Exception HibernationNotConfigured(string instanceId) =>
            Ec2Errors.Create("UnsupportedHibernationConfiguration", $"The instance '{instanceId}' does not have hibernation configured. Launch it with hibernation enabled to hibernate it.");

        internal static AmazonEC2Exception UnknownProfileName(string name) =>
            InvalidParameterValue($"Value ({name}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name");

        internal static AmazonEC2Exception UnknownProfileArn(string arn) =>
            InvalidParameterValue($"Value ({arn}) for parameter iamInstanceProfile.arn is invalid. Invalid IAM Instance Profile ARN");

        internal static AmazonEC2Exception IdempotentMismatch() =>
            Ec2Errors.Create("IdempotentParameterMismatch", "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).");

        internal static AmazonEC2Exception AddressInUse(string address) =>
            Ec2Errors.Create("InvalidIPAddress.InUse", $"Address {address} is in use.");

        internal static AmazonEC2Exception InvalidNextToken(string token) =>
            InvalidParameterValue($"Invalid value '{token}' for nextToken.");

        internal static AmazonEC2Exception MaxResultsOutOfRange(int value, int minimum, int maximum) =>
            InvalidParameterValue($"Value ( {value} ) for parameter maxResults is invalid. Expecting a value between {minimum} and {maximum}.");

        internal static AmazonEC2Exception InvalidId(string id) =>
            Ec2Errors.Create("InvalidID", $"The ID '{id}' is not valid");

        internal static AmazonEC2Exception TagLimitExceeded() =>
            Ec2Errors.Create("TagLimitExceeded", "The maximum number of Tags for a resource has been reached.");
    }
}
