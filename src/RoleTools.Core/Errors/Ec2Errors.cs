using System;
using System.Net;
using Amazon.EC2;
using Amazon.Runtime;

namespace RoleTools.Core.Errors
{
    /// <summary>
    /// Builds EC2 service errors. EC2 has no modeled exceptions: every error is an
    /// <see cref="AmazonEC2Exception"/> whose ErrorCode carries the dotted code.
    /// </summary>
    public static class Ec2Errors
    {
        /// <summary>Creates an EC2 error with <paramref name="errorCode"/> and HTTP 400.</summary>
        public static AmazonEC2Exception Create(string errorCode, string message) =>
            new AmazonEC2Exception(message, null, ErrorType.Unknown, errorCode, Guid.NewGuid().ToString(), HttpStatusCode.BadRequest);
    }
}
