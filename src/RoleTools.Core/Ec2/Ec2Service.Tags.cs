using System;
using System.Collections.Generic;
using System.Linq;
using Amazon.EC2;
using Amazon.EC2.Model;
using RoleTools.Core.Errors;
using RoleTools.Core.Store;

namespace RoleTools.Core.Ec2
{
    public sealed partial class Ec2Service
    {
        private static readonly HashSet<string> TagFilterNames = new HashSet<string>(StringComparer.Ordinal) { "key", "value", "resource-id", "resource-type" };

        /// <summary>
        /// CreateTags: adds or overwrites tags on instances of the region. Instances are the only taggable
        /// resources RoleTools keeps; other resource IDs fail with a not-emulated error.
        /// </summary>
        public CreateTagsResponse CreateTags(CreateTagsRequest request)
        {
            List<string> resources = RequireResources(request?.Resources);
            if (request.Tags == null || request.Tags.Count == 0)
            {
                throw Ec2Faults.MissingParameter("Tags");
            }

            foreach (Tag tag in request.Tags)
            {
                Ec2Validation.CheckTag(tag?.Key, tag?.Value);
            }

            _store.Write(session =>
            {
                RequireInstances(session, Region, resources);
                foreach (string resource in resources)
                {
                    foreach (Tag tag in request.Tags)
                    {
                        session.Execute(
                            "INSERT INTO ec2_tags (resource_id, key, value) VALUES (@resource, @key, @value) ON CONFLICT(resource_id, key) DO UPDATE SET value = excluded.value",
                            new { resource, key = tag.Key, value = tag.Value ?? string.Empty });
                    }

                    if (session.ExecuteScalar<long>("SELECT count(*) FROM ec2_tags WHERE resource_id = @resource", new { resource }) > Ec2Validation.MaxTagsPerResource)
                    {
                        throw Ec2Faults.TagLimitExceeded();
                    }
                }
            });
            return new CreateTagsResponse();
        }

        /// <summary>
        /// DeleteTags: removes tags from instances. A tag given with a value is removed only when the value
        /// matches. A tag given without a value is removed whatever its value, and no tags at all removes every tag.
        /// </summary>
        public DeleteTagsResponse DeleteTags(DeleteTagsRequest request)
        {
            List<string> resources = RequireResources(request?.Resources);
            _store.Write(session =>
            {
                RequireInstances(session, Region, resources);
                foreach (string resource in resources)
                {
                    if (request.Tags == null || request.Tags.Count == 0)
                    {
                        session.Execute("DELETE FROM ec2_tags WHERE resource_id = @resource", new { resource });
                        continue;
                    }

                    foreach (Tag tag in request.Tags)
                    {
                        if (tag?.Value == null)
                        {
                            session.Execute("DELETE FROM ec2_tags WHERE resource_id = @resource AND key = @key", new { resource, key = tag?.Key });
                        }
                        else
                        {
                            session.Execute("DELETE FROM ec2_tags WHERE resource_id = @resource AND key = @key AND value = @value", new { resource, key = tag.Key, value = tag.Value });
                        }
                    }
                }
            });
            return new DeleteTagsResponse();
        }

        /// <summary>DescribeTags: the tags of the region's visible instances, by key, value, resource ID and type.</summary>
        public DescribeTagsResponse DescribeTags(DescribeTagsRequest request)
        {
            request = request ?? new DescribeTagsRequest();
            Ec2Paging.CheckMaxResults(request.MaxResults, 5, 1000);
            Ec2Filters.Validate(request.Filters, name => TagFilterNames.Contains(name) || Ec2Filters.TagKeyOf(name) != null);

            return _store.Read(session =>
            {
                var descriptions = new List<TagDescription>();
                foreach (InstanceRecord row in LoadInstances(session, Region).OrderBy(r => r.InstanceId, StringComparer.Ordinal))
                {
                    foreach (KeyValuePair<string, string> tag in row.Tags)
                    {
                        descriptions.Add(new TagDescription { ResourceId = row.InstanceId, ResourceType = ResourceType.Instance, Key = tag.Key, Value = tag.Value });
                    }
                }

                descriptions = descriptions.Where(d => Ec2Filters.Matches(request.Filters, name => TagFilterValues(d, name))).ToList();
                List<TagDescription> page = Ec2Paging.Page(descriptions, request.NextToken, request.MaxResults, out string nextToken);
                return new DescribeTagsResponse { Tags = page, NextToken = nextToken };
            });
        }

        private static IEnumerable<string> TagFilterValues(TagDescription description, string name)
        {
            string tagKey = Ec2Filters.TagKeyOf(name);
            if (tagKey != null)
            {
                return description.Key == tagKey ? new[] { description.Value } : Enumerable.Empty<string>();
            }

            switch (name)
            {
                case "key": return new[] { description.Key };
                case "value": return new[] { description.Value };
                case "resource-id": return new[] { description.ResourceId };
                default: return new[] { description.ResourceType.Value };
            }
        }

        /// <summary>
        /// Checks tag resource IDs: each must be an instance ID. Malformed IDs fail with InvalidID; IDs of
        /// resource types RoleTools does not keep (images, volumes, security groups, ...) fail as not emulated.
        /// </summary>
        private static List<string> RequireResources(List<string> resources)
        {
            if (resources == null || resources.Count == 0)
            {
                throw Ec2Faults.MissingParameter("ResourceId");
            }

            foreach (string resource in resources)
            {
                if (Ec2Ids.IsWellFormed(resource, Ec2Ids.InstancePrefix))
                {
                    continue;
                }

                int dash = resource?.LastIndexOf('-') ?? -1;
                if (dash > 0 && Ec2Ids.IsWellFormed(resource, resource.Substring(0, dash + 1)))
                {
                    throw new NotEmulatedException("TagResourceType", $"Tagging '{resource}' is not emulated by RoleTools: only instances (i-...) can be tagged.");
                }

                throw Ec2Faults.InvalidId(resource);
            }

            return resources.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
