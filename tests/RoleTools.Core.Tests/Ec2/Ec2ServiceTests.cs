using System;
using System.Collections.Generic;
using Amazon.EC2;
using Amazon.EC2.Model;
using Dapper;
using RoleTools.Core.Ec2;
using RoleTools.Core.Store;
using Xunit;

namespace RoleTools.Core.Tests.Ec2
{
    public sealed class Ec2ServiceTests : IDisposable
    {
        private readonly TempStore _temp = new TempStore();
        private readonly RoleToolsStore _store;
        private readonly Ec2Service _service;

        public Ec2ServiceTests()
        {
            _store = _temp.Open();
            _service = new Ec2Service(_store, "us-east-1");
            _store.Write(session => session.Execute(
                "INSERT INTO iam_instance_profiles (instance_profile_id, instance_profile_name, name_lower, path, arn, create_date) " +
                "VALUES ('AIPAEXAMPLEEXAMPLE01', 'web', 'web', '/', 'arn:aws:iam::123456789012:instance-profile/web', '2024-05-01T10:00:00.000Z')"));
        }

        public void Dispose() => _temp.Dispose();

        private string Launch(string profileName = null)
        {
            var request = new RunInstancesRequest { ImageId = "ami-11aa22bb", MinCount = 1, MaxCount = 1 };
            if (profileName != null)
            {
                request.IamInstanceProfile = new IamInstanceProfileSpecification { Name = profileName };
            }

            return _service.RunInstances(request).Reservation.Instances[0].InstanceId;
        }

        [Fact]
        public void ActiveAssociationFoundAfterLaunch()
        {
            string instanceId = Launch("web");

            ActiveAssociation association = Ec2Service.FindActiveAssociation(_store, instanceId);

            Assert.NotNull(association);
            Assert.Equal("arn:aws:iam::123456789012:instance-profile/web", association.InstanceProfileArn);
            Assert.Equal("AIPAEXAMPLEEXAMPLE01", association.InstanceProfileId);
        }

        [Fact]
        public void NoActiveAssociationAfterDisassociate()
        {
            string instanceId = Launch("web");
            ActiveAssociation association = Ec2Service.FindActiveAssociation(_store, instanceId);

            _service.DisassociateIamInstanceProfile(new DisassociateIamInstanceProfileRequest { AssociationId = association.AssociationId });

            Assert.Null(Ec2Service.FindActiveAssociation(_store, instanceId));
        }

        [Fact]
        public void EffectiveStateReadableByInstanceId()
        {
            string instanceId = Launch();

            EffectiveState? state = _store.Read(session => Ec2Service.GetEffectiveInstanceState(session, instanceId));

            Assert.Equal("running", state?.Name);
            Assert.Null(_store.Read(session => Ec2Service.GetEffectiveInstanceState(session, "i-0123456789abcdef0")));
        }

        [Fact]
        public void FailedLaunchWritesNothing()
        {
            var request = new RunInstancesRequest
            {
                ImageId = "ami-11aa22bb",
                MinCount = 2,
                MaxCount = 2,
                IamInstanceProfile = new IamInstanceProfileSpecification { Name = "missing" },
            };

            AmazonEC2Exception error = Assert.Throws<AmazonEC2Exception>(() => _service.RunInstances(request));

            Assert.Equal("InvalidParameterValue", error.ErrorCode);
            Assert.Equal(0L, _store.Read(session => session.ExecuteScalar<long>("SELECT count(*) FROM ec2_instances")));
            Assert.Equal(0L, _store.Read(session => session.ExecuteScalar<long>("SELECT count(*) FROM ec2_reservations")));
        }

        [Fact]
        public void PartialStopChangesNothing()
        {
            string instanceId = Launch();
            var request = new StopInstancesRequest { InstanceIds = new List<string> { instanceId, "i-0123456789abcdef0" } };

            Assert.Throws<AmazonEC2Exception>(() => _service.StopInstances(request));

            string state = _store.Read(session => session.ExecuteScalar<string>("SELECT state FROM ec2_instances WHERE instance_id = @instanceId", new { instanceId }));
            Assert.Equal("pending", state);
        }

        [Fact]
        public void OtherRegionCannotSeeInstance()
        {
            string instanceId = Launch();
            var west = new Ec2Service(_store, "us-west-2");

            AmazonEC2Exception error = Assert.Throws<AmazonEC2Exception>(() =>
                west.DescribeInstances(new DescribeInstancesRequest { InstanceIds = new List<string> { instanceId } }));

            Assert.Equal("InvalidInstanceID.NotFound", error.ErrorCode);
        }
    }
}
