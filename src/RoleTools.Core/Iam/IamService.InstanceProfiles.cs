using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.IdentityManagement.Model;
using RoleTools.Core.Store;

namespace RoleTools.Core.Iam
{
    public sealed partial class IamService
    {
        private const string ProfileColumns =
            "instance_profile_id AS InstanceProfileId, instance_profile_name AS InstanceProfileName, path AS Path, arn AS Arn, create_date AS CreateDate";

        /// <summary>CreateInstanceProfile: stores an empty instance profile with its tags.</summary>
        public CreateInstanceProfileResponse CreateInstanceProfile(CreateInstanceProfileRequest request)
        {
            new IamValidation().InstanceProfileName(request.InstanceProfileName).EntityPath(request.Path).Tags(request.Tags).ThrowIfInvalid();
            return Store.Write(session =>
            {
                string nameLower = request.InstanceProfileName.ToLowerInvariant();
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_instance_profiles WHERE name_lower = @nameLower", new { nameLower }) > 0)
                {
                    throw IamErrors.InstanceProfileExists(request.InstanceProfileName);
                }

                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_instance_profiles") >= IamQuotas.InstanceProfilesPerAccount)
                {
                    throw IamErrors.Quota("InstanceProfilesPerAccount", IamQuotas.InstanceProfilesPerAccount);
                }

                string path = request.Path ?? "/";
                string id = IamIdentifiers.NewId(IamIdentifiers.InstanceProfilePrefix);
                session.Execute(
                    "INSERT INTO iam_instance_profiles (instance_profile_id, instance_profile_name, name_lower, path, arn, create_date) " +
                    "VALUES (@id, @name, @nameLower, @path, @arn, @now)",
                    new
                    {
                        id,
                        name = request.InstanceProfileName,
                        nameLower,
                        path,
                        arn = IamIdentifiers.Arn(session.AccountId, "instance-profile", path, request.InstanceProfileName),
                        now = FormatDate(session.Now),
                    });
                MergeTags(session, "iam_instance_profile_tags", "instance_profile_id", id, request.Tags, "TagsPerInstanceProfile");
                InstanceProfile profile = ToInstanceProfile(session, FindProfile(session, request.InstanceProfileName));
                profile.Tags = CopyTags(request.Tags);
                return new CreateInstanceProfileResponse { InstanceProfile = profile, HttpStatusCode = System.Net.HttpStatusCode.OK };
            });
        }

        /// <summary>GetInstanceProfile: the profile with its role (if any) and tags.</summary>
        public GetInstanceProfileResponse GetInstanceProfile(GetInstanceProfileRequest request)
        {
            new IamValidation().InstanceProfileName(request.InstanceProfileName).ThrowIfInvalid();
            return Store.Read(session =>
            {
                ProfileRow row = FindProfile(session, request.InstanceProfileName);
                InstanceProfile profile = ToInstanceProfile(session, row);
                profile.Tags = ReadTags(session, "iam_instance_profile_tags", "instance_profile_id", row.InstanceProfileId);
                return new GetInstanceProfileResponse { InstanceProfile = profile, HttpStatusCode = System.Net.HttpStatusCode.OK };
            });
        }

        /// <summary>ListInstanceProfiles: profiles whose path starts with the prefix, ordered by name, one page.</summary>
        public ListInstanceProfilesResponse ListInstanceProfiles(ListInstanceProfilesRequest request)
        {
            new IamValidation().PathPrefix(request.PathPrefix).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            string prefix = request.PathPrefix ?? "/";
            return Store.Read(session =>
            {
                IEnumerable<ProfileRow> rows = session.Query<ProfileRow>($"SELECT {ProfileColumns} FROM iam_instance_profiles ORDER BY name_lower")
                    .Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal));
                Page<ProfileRow> page = Paginate(rows, p => p.InstanceProfileName.ToLowerInvariant(), request.Marker, request.MaxItems);
                return new ListInstanceProfilesResponse
                {
                    InstanceProfiles = page.Items.Select(p => ToInstanceProfile(session, p)).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>ListInstanceProfilesForRole: the profiles that contain the role, one page.</summary>
        public ListInstanceProfilesForRoleResponse ListInstanceProfilesForRole(ListInstanceProfilesForRoleRequest request)
        {
            new IamValidation().RoleName(request.RoleName).Paging(request.Marker, request.MaxItems).ThrowIfInvalid();
            return Store.Read(session =>
            {
                RoleRow role = FindRole(session, request.RoleName);
                IEnumerable<ProfileRow> rows = session.Query<ProfileRow>(
                    $"SELECT {ProfileColumns} FROM iam_instance_profiles WHERE instance_profile_id IN " +
                    "(SELECT instance_profile_id FROM iam_instance_profile_roles WHERE role_id = @id) ORDER BY name_lower",
                    new { id = role.RoleId });
                Page<ProfileRow> page = Paginate(rows, p => p.InstanceProfileName.ToLowerInvariant(), request.Marker, request.MaxItems);
                return new ListInstanceProfilesForRoleResponse
                {
                    InstanceProfiles = page.Items.Select(p => ToInstanceProfile(session, p)).ToList(),
                    IsTruncated = page.IsTruncated,
                    Marker = page.Marker,
                    HttpStatusCode = System.Net.HttpStatusCode.OK,
                };
            });
        }

        /// <summary>DeleteInstanceProfile: deletes a profile that contains no role.</summary>
        public DeleteInstanceProfileResponse DeleteInstanceProfile(DeleteInstanceProfileRequest request)
        {
            new IamValidation().InstanceProfileName(request.InstanceProfileName).ThrowIfInvalid();
            Store.Write(session =>
            {
                ProfileRow row = FindProfile(session, request.InstanceProfileName);
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_instance_profile_roles WHERE instance_profile_id = @id", new { id = row.InstanceProfileId }) > 0)
                {
                    throw IamErrors.RoleInInstanceProfile();
                }

                session.Execute("DELETE FROM iam_instance_profiles WHERE instance_profile_id = @id", new { id = row.InstanceProfileId });
            });
            return new DeleteInstanceProfileResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>AddRoleToInstanceProfile: puts a role into an empty profile. A profile contains at most one role, so adding the same role again also fails.</summary>
        public AddRoleToInstanceProfileResponse AddRoleToInstanceProfile(AddRoleToInstanceProfileRequest request)
        {
            new IamValidation().InstanceProfileName(request.InstanceProfileName).RoleName(request.RoleName).ThrowIfInvalid();
            Store.Write(session =>
            {
                ProfileRow profile = FindProfile(session, request.InstanceProfileName);
                RoleRow role = FindRole(session, request.RoleName);
                if (session.ExecuteScalar<long>("SELECT count(*) FROM iam_instance_profile_roles WHERE instance_profile_id = @id", new { id = profile.InstanceProfileId })
                    >= IamQuotas.RolesPerInstanceProfile)
                {
                    throw IamErrors.Quota("InstanceSessionsPerInstanceProfile", IamQuotas.RolesPerInstanceProfile);
                }

                session.Execute(
                    "INSERT INTO iam_instance_profile_roles (instance_profile_id, role_id) VALUES (@profileId, @roleId)",
                    new { profileId = profile.InstanceProfileId, roleId = role.RoleId });
            });
            return new AddRoleToInstanceProfileResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        /// <summary>RemoveRoleFromInstanceProfile: takes the role out of the profile, or raises NoSuchEntity when it is not in it.</summary>
        public RemoveRoleFromInstanceProfileResponse RemoveRoleFromInstanceProfile(RemoveRoleFromInstanceProfileRequest request)
        {
            new IamValidation().InstanceProfileName(request.InstanceProfileName).RoleName(request.RoleName).ThrowIfInvalid();
            Store.Write(session =>
            {
                ProfileRow profile = FindProfile(session, request.InstanceProfileName);
                RoleRow role = FindRole(session, request.RoleName);
                int deleted = session.Execute(
                    "DELETE FROM iam_instance_profile_roles WHERE instance_profile_id = @profileId AND role_id = @roleId",
                    new { profileId = profile.InstanceProfileId, roleId = role.RoleId });
                if (deleted == 0)
                {
                    throw IamErrors.NoSuchRole(request.RoleName);
                }
            });
            return new RemoveRoleFromInstanceProfileResponse { HttpStatusCode = System.Net.HttpStatusCode.OK };
        }

        private static ProfileRow FindProfile(StoreSession session, string name) =>
            session.QuerySingleOrDefault<ProfileRow>($"SELECT {ProfileColumns} FROM iam_instance_profiles WHERE name_lower = @nameLower", new { nameLower = name.ToLowerInvariant() })
            ?? throw IamErrors.NoSuchInstanceProfile(name);

        private static InstanceProfile ToInstanceProfile(StoreSession session, ProfileRow row) => new InstanceProfile
        {
            Arn = row.Arn,
            CreateDate = ParseDate(row.CreateDate),
            InstanceProfileId = row.InstanceProfileId,
            InstanceProfileName = row.InstanceProfileName,
            Path = row.Path,
            Roles = session.Query<RoleRow>(
                    $"SELECT {RoleColumns} FROM iam_roles WHERE role_id IN (SELECT role_id FROM iam_instance_profile_roles WHERE instance_profile_id = @id)",
                    new { id = row.InstanceProfileId })
                .Select(r => r.ToListedRole())
                .ToList(),
        };

        private sealed class ProfileRow
        {
            public string InstanceProfileId { get; set; }

            public string InstanceProfileName { get; set; }

            public string Path { get; set; }

            public string Arn { get; set; }

            public string CreateDate { get; set; }
        }
    }
}
