using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RoleTools.Core.Store;

namespace RoleTools.Benchmarks;

/// <summary>
/// Seeds a store with many EC2 instances in one transaction, far faster than calling New-EC2Instance
/// for each. Every instance is running and associated with one instance profile, except the first
/// <see cref="StoppedCount"/> the store ever receives, which are stopped, so a state filter for
/// "stopped" returns the same instances at every store size.
/// </summary>
public static class StoreSeeder
{
    /// <summary>The instance profile ARN every seeded association carries.</summary>
    private const string ProfileArn = "arn:aws:iam::123456789012:instance-profile/bench-profile";

    private const string ProfileId = "AIPABENCHPROFILE0000001";

    /// <summary>How many of the store's first seeded instances are stopped.</summary>
    public const int StoppedCount = 10;

    public static string Run(string storePath, int count, string region)
    {
        RoleToolsStore store = RoleToolsStore.Open(storePath);
        var clock = Stopwatch.StartNew();
        string now = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        string? firstId = null;
        string? lastId = null;

        using (SqliteConnection connection = store.OpenConnection())
        using (SqliteTransaction transaction = connection.BeginTransaction())
        {
            SqliteCommand reservation = Prepare(connection, transaction,
                "INSERT INTO ec2_reservations (reservation_id, region, owner_id, create_time) VALUES ($id, $region, '123456789012', $now)",
                "$id", "$region", "$now");
            SqliteCommand instance = Prepare(connection, transaction,
                "INSERT INTO ec2_instances (instance_id, reservation_id, region, ami_launch_index, image_id, instance_type, availability_zone, " +
                "private_ip_address, mac_address, launch_time, state, state_changed_at) " +
                "VALUES ($id, $reservation, $region, 0, 'ami-0123456789abcdef0', 't3.micro', $zone, $ip, $mac, $now, $state, $now)",
                "$id", "$reservation", "$region", "$zone", "$ip", "$mac", "$now", "$state");
            SqliteCommand association = Prepare(connection, transaction,
                "INSERT INTO ec2_iam_associations (association_id, instance_id, region, instance_profile_arn, instance_profile_id, state, state_changed_at, created_at) " +
                "VALUES ($id, $instance, $region, $arn, $profileId, 'associated', $now, $now)",
                "$id", "$instance", "$region", "$arn", "$profileId", "$now");

            int existing = Convert.ToInt32(new SqliteCommand("SELECT count(*) FROM ec2_instances", connection, transaction).ExecuteScalar(), CultureInfo.InvariantCulture);
            for (int i = existing; i < existing + count; i++)
            {
                string instanceId = "i-" + i.ToString("x17", CultureInfo.InvariantCulture);
                string reservationId = "r-" + i.ToString("x17", CultureInfo.InvariantCulture);
                firstId ??= instanceId;
                lastId = instanceId;

                Run(reservation, reservationId, region, now);
                Run(instance, instanceId, reservationId, region, region + "a",
                    $"10.{(i >> 16) & 255}.{(i >> 8) & 255}.{i & 255}", $"02:00:00:{(i >> 16) & 255:x2}:{(i >> 8) & 255:x2}:{i & 255:x2}",
                    now, i < StoppedCount ? "stopped" : "running");
                Run(association, "iip-assoc-" + i.ToString("x17", CultureInfo.InvariantCulture), instanceId, region, ProfileArn, ProfileId, now);
            }

            transaction.Commit();
        }

        return JsonSerializer.Serialize(new { seeded = count, firstInstanceId = firstId, lastInstanceId = lastId, seconds = clock.Elapsed.TotalSeconds });
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] names)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (string name in names)
        {
            command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params string[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
