using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;

namespace RoleTools.Benchmarks;

/// <summary>
/// The store ceiling: the rows each benchmarked cmdlet writes (or the row it reads), done directly
/// with prepared Microsoft.Data.Sqlite commands on one open connection, one IMMEDIATE transaction per
/// call, on a store file created by <see cref="RoleToolsStore.Open"/> so the schema and WAL mode match.
/// </summary>
public static class SqliteCeiling
{
    public static string Run(string storePath, int count)
    {
        RoleToolsStore store = RoleToolsStore.Open(storePath);
        using SqliteConnection connection = store.OpenConnection();
        string now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        const string trust = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
        const string policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";

        var results = new Dictionary<string, double>
        {
            ["New-IAMRole"] = Measure(connection, count, true,
                "INSERT INTO iam_roles (role_id, role_name, role_name_lower, path, arn, assume_role_policy, create_date) " +
                "VALUES ($id, $name, lower($name), '/', 'arn:aws:iam::123456789012:role/' || $name, $trust, $now)",
                i => new() { ["$id"] = "AROACEILING" + i.ToString("D10", CultureInfo.InvariantCulture), ["$name"] = "ceiling-role-" + i, ["$trust"] = trust, ["$now"] = now }),
            ["Write-IAMRolePolicy"] = Measure(connection, count, true,
                "INSERT INTO iam_role_inline_policies (role_id, policy_name, policy_name_lower, document) VALUES ($id, 'inline', 'inline', $doc) " +
                "ON CONFLICT (role_id, policy_name_lower) DO UPDATE SET document = excluded.document",
                i => new() { ["$id"] = "AROACEILING" + i.ToString("D10", CultureInfo.InvariantCulture), ["$doc"] = policy }),
            ["New-EC2Instance"] = Measure(connection, count, true,
                "INSERT INTO ec2_reservations (reservation_id, region, owner_id, create_time) VALUES ($r, 'us-east-1', '123456789012', $now); " +
                "INSERT INTO ec2_instances (instance_id, reservation_id, region, ami_launch_index, image_id, instance_type, availability_zone, " +
                "private_ip_address, mac_address, launch_time, state, state_changed_at) " +
                "VALUES ($id, $r, 'us-east-1', 0, 'ami-0123456789abcdef0', 't3.micro', 'us-east-1a', '10.0.0.1', '02:00:00:00:00:01', $now, 'pending', $now)",
                i => new() { ["$id"] = InstanceId(i), ["$r"] = "r-" + i.ToString("x17", CultureInfo.InvariantCulture), ["$now"] = now }),
            ["Register-EC2IamInstanceProfile"] = Measure(connection, count, true,
                "INSERT INTO ec2_iam_associations (association_id, instance_id, region, instance_profile_arn, instance_profile_id, state, state_changed_at, created_at) " +
                "VALUES ($a, $id, 'us-east-1', 'arn:aws:iam::123456789012:instance-profile/p', 'AIPACEILING', 'associating', $now, $now)",
                i => new() { ["$a"] = "iip-assoc-" + i.ToString("x17", CultureInfo.InvariantCulture), ["$id"] = InstanceId(i), ["$now"] = now }),
            ["Get-EC2Instance -InstanceId"] = Measure(connection, count, false,
                "SELECT * FROM ec2_instances WHERE instance_id = $id",
                i => new() { ["$id"] = InstanceId(i) }),
        };
        return JsonSerializer.Serialize(results);
    }

    private static string InstanceId(int i) => "i-" + i.ToString("x17", CultureInfo.InvariantCulture);

    /// <summary>Runs the statement <paramref name="count"/> times, each in its own transaction, and returns calls per second.</summary>
    private static double Measure(SqliteConnection connection, int count, bool write, string sql, Func<int, Dictionary<string, string>> parameters)
    {
        using var command = new SqliteCommand(sql, connection);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: !write);
            command.Transaction = transaction;
            command.Parameters.Clear();
            foreach (KeyValuePair<string, string> pair in parameters(i))
            {
                command.Parameters.AddWithValue(pair.Key, pair.Value);
            }

            using (SqliteDataReader reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                }
            }

            transaction.Commit();
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
