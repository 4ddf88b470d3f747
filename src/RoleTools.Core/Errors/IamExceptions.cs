using System;
using System.Net;
using Amazon.Runtime;

// The AWS SDK for .NET package for IAM is not available to this project, so the service exceptions
// that AWS Tools for PowerShell surfaces are declared here under the SDK's own names. Scripts that
// catch them by type, or compare FullyQualifiedErrorId, see what they see with the real module.
namespace Amazon.IdentityManagement
{
    /// <summary>Base class of IAM service errors; unmodeled codes such as ValidationError arrive as this type.</summary>
    public class AmazonIdentityManagementServiceException : AmazonServiceException
    {
        public AmazonIdentityManagementServiceException(string message, string errorCode, HttpStatusCode statusCode)
            : base(message, null, ErrorType.Sender, errorCode, NewRequestId(), statusCode)
        {
        }

        internal static string NewRequestId() => Guid.NewGuid().ToString();
    }
}

namespace Amazon.IdentityManagement.Model
{
    public class EntityAlreadyExistsException : AmazonIdentityManagementServiceException
    {
        public EntityAlreadyExistsException(string message) : base(message, "EntityAlreadyExists", HttpStatusCode.Conflict) { }
    }

    public class NoSuchEntityException : AmazonIdentityManagementServiceException
    {
        public NoSuchEntityException(string message) : base(message, "NoSuchEntity", HttpStatusCode.NotFound) { }
    }

    public class DeleteConflictException : AmazonIdentityManagementServiceException
    {
        public DeleteConflictException(string message) : base(message, "DeleteConflict", HttpStatusCode.Conflict) { }
    }

    public class LimitExceededException : AmazonIdentityManagementServiceException
    {
        public LimitExceededException(string message) : base(message, "LimitExceeded", HttpStatusCode.Conflict) { }
    }

    public class MalformedPolicyDocumentException : AmazonIdentityManagementServiceException
    {
        public MalformedPolicyDocumentException(string message) : base(message, "MalformedPolicyDocument", HttpStatusCode.BadRequest) { }
    }

    public class InvalidInputException : AmazonIdentityManagementServiceException
    {
        public InvalidInputException(string message) : base(message, "InvalidInput", HttpStatusCode.BadRequest) { }
    }

    public class UnmodifiableEntityException : AmazonIdentityManagementServiceException
    {
        public UnmodifiableEntityException(string message) : base(message, "UnmodifiableEntity", HttpStatusCode.BadRequest) { }
    }

    public class PolicyNotAttachableException : AmazonIdentityManagementServiceException
    {
        public PolicyNotAttachableException(string message) : base(message, "PolicyNotAttachable", HttpStatusCode.BadRequest) { }
    }

    public class ConcurrentModificationException : AmazonIdentityManagementServiceException
    {
        public ConcurrentModificationException(string message) : base(message, "ConcurrentModification", HttpStatusCode.Conflict) { }
    }

    public class ServiceFailureException : AmazonIdentityManagementServiceException
    {
        public ServiceFailureException(string message) : base(message, "ServiceFailure", HttpStatusCode.InternalServerError) { }
    }
}
