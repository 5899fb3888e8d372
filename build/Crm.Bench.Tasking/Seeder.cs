using System.Diagnostics;
using Npgsql;

namespace Crm.Bench.Tasking;

/// <summary>
/// Fills Tasking's tables with set-based SQL (INSERT … SELECT generate_series): employees, processes with their
/// executors, and the tasks, spread over the year before <c>now</c>. PostgreSQL only: this is a tool, not the product.
/// </summary>
/// <remarks>
/// Shape: task n is created at now − (N − n) × (365 days / N), so numbers grow with time as in the product.
/// 85 % are process tasks (process n·7919 mod P, addressed to its executors, priority p mod 5, two processes hidden
/// from the inbox), 15 % manual tasks for one employee. Employee e executes the processes p with p mod 10 = e mod 10
/// (20 executors per process, 5 processes per employee). Older than 30 days: 90 % done, 10 % cancelled, except 0.5 %
/// forgotten open ones; the last 30 days: 30 % new, 20 % in progress, 10 % postponed, 35 % done, 5 % cancelled.
/// 70 % have a due time (4 h); process tasks a 1 h reaction time. 20 % of done tasks failed, with one of 5 reasons.
/// </remarks>
internal static class Seeder
{
    public static async Task<TimeSpan> SeedAsync(string connectionString, DateTime nowUtc, int tasks, int employees, int processes)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, Sql, ("now", nowUtc), ("tasks", tasks), ("employees", employees), ("processes", processes));
        await ExecuteAsync(connection, "VACUUM ANALYZE tasking.\"Tasks\"");
        return watch.Elapsed;
    }

    public static async Task<List<(Guid Id, string Name, int Index)>> EmployeesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\", \"Name\", idx FROM bench_employees ORDER BY idx", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<(Guid, string, int)>();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return list;
    }

    public static async Task<Guid> ProcessAsync(string connectionString, int index)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT \"Id\" FROM bench_processes WHERE idx = @i", connection);
        command.Parameters.AddWithValue("i", index);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private const string Sql = """
        SET synchronous_commit = off;
        SET work_mem = '256MB';
        SET maintenance_work_mem = '512MB';

        CREATE TABLE bench_employees AS
          SELECT i AS idx, gen_random_uuid() AS "Id", 'Employee ' || i AS "Name" FROM generate_series(0, @employees - 1) i;
        INSERT INTO tasking."Employees" ("Id", "Name", "TimeZoneId", "IsAdministrator", "DepartmentId", "Version")
          SELECT "Id", "Name", (ARRAY['Europe/Lisbon','Europe/Moscow','Asia/Kolkata','America/Sao_Paulo'])[1 + idx % 4], false, NULL, 0 FROM bench_employees;

        CREATE TABLE bench_processes AS
          SELECT i AS idx, gen_random_uuid() AS "Id", 'Process ' || i AS "Name" FROM generate_series(0, @processes - 1) i;
        INSERT INTO tasking."TaskingProcesses" ("Id", "Name", "Priority", "HiddenFromInbox", "Version")
          SELECT "Id", "Name", idx % 5, idx % 25 = 24, 0 FROM bench_processes;
        INSERT INTO tasking."TaskingProcessExecutors" ("ProcessId", "Kind", "Id")
          SELECT p."Id", 'Employee', e."Id" FROM bench_processes p JOIN bench_employees e ON e.idx % 10 = p.idx % 10;

        CREATE TEMP TABLE seed AS
        SELECT n,
               @now::timestamptz - (@tasks - n) * (interval '365 days' / @tasks) AS created,
               (n::bigint * 7919 % @processes)::int AS p,
               n % 100 AS r,           -- 0..99: picks kind, status, due
               (n / 100) % 100 AS s,   -- a second, independent percentile
               @now::timestamptz - (@tasks - n) * (interval '365 days' / @tasks) > @now::timestamptz - interval '30 days' AS recent
        FROM generate_series(1, @tasks) n;

        INSERT INTO tasking."Tasks" (
          "Id", "Number", "TypeId", "Title", "Description", "SubjectType", "SubjectId", "AddresseeKind", "AddresseeId",
          "AssigneeId", "Status", "Priority", "CreatedBy", "CreatedAtUtc", "DueAtUtc", "TakenAtUtc", "WorkStartedAtUtc",
          "PostponedUntilUtc", "CompletedAtUtc", "CompletedBy", "ResultCode", "ResultComment", "ResultReason", "Kind",
          "ProcessInstanceId", "ProcessDefinitionId", "ProcessName", "ProcessBlockId", "ProcessRequestId", "HiddenFromInbox",
          "ReactionTime", "TimeoutAtUtc", "TimedOutAtUtc", "ChosenMomentUtc", "Version")
        SELECT gen_random_uuid(), x.n, ('0b5e7c1a-0000-4000-8000-00000000000' || (1 + x.n % 6))::uuid,
               'Task ' || x.n || CASE WHEN x.manual THEN ' call the client back' ELSE ' about the order' END, NULL,
               'order', (x.n / 3)::text,
               CASE WHEN x.manual THEN 'Employee' ELSE 'ProcessExecutors' END,
               CASE WHEN x.manual THEN e_addr."Id" ELSE pr."Id" END,
               CASE WHEN x.status = 'New' THEN NULL ELSE e_exec."Id" END,
               x.status, CASE WHEN x.manual THEN 0 ELSE x.p % 5 END,
               CASE WHEN x.manual THEN e_addr."Id" ELSE NULL END,
               x.created,
               CASE WHEN x.s < 70 THEN x.created + interval '4 hours' END,
               CASE WHEN x.status = 'New' THEN NULL ELSE x.created + (x.n % 120) * interval '1 minute' END,
               CASE WHEN x.status = 'InProgress' AND x.s % 2 = 0 THEN x.created + (x.n % 120 + 5) * interval '1 minute' END,
               CASE WHEN x.status = 'Postponed' THEN @now::timestamptz + (x.n % 72 + 1) * interval '1 hour' END,
               CASE WHEN x.status IN ('Done', 'Cancelled') THEN x.created + (x.n % 600 + 10) * interval '1 minute' END,
               CASE WHEN x.status = 'Done' THEN e_exec."Id" END,
               CASE WHEN x.status = 'Done' THEN CASE WHEN x.s < 20 THEN 'failed' ELSE 'done' END END,
               NULL,
               CASE WHEN x.status = 'Done' AND x.s < 20 THEN (ARRAY['Too expensive','No time','Went elsewhere','Not reachable','Other'])[1 + x.n % 5] END,
               'Task',
               CASE WHEN x.manual THEN NULL ELSE gen_random_uuid() END,
               CASE WHEN x.manual THEN NULL ELSE pr."Id" END,
               CASE WHEN x.manual THEN NULL ELSE pr."Name" END,
               CASE WHEN x.manual THEN NULL ELSE 'block-1' END,
               CASE WHEN x.manual THEN NULL ELSE gen_random_uuid() END,
               NOT x.manual AND x.p % 25 = 24,
               CASE WHEN x.manual THEN NULL ELSE interval '1 hour' END,
               CASE WHEN x.manual THEN NULL ELSE x.created + interval '1 hour' END,
               CASE WHEN NOT x.manual AND x.status IN ('New', 'InProgress', 'Postponed') AND x.created + interval '1 hour' < @now::timestamptz
                    THEN x.created + interval '61 minutes' END,
               NULL, 0
        FROM (
          SELECT seed.*, seed.r >= 85 AS manual,
                 CASE
                   WHEN NOT seed.recent THEN CASE WHEN seed.s = 0 AND seed.r < 50 THEN 'New' WHEN seed.s < 10 THEN 'Cancelled' ELSE 'Done' END
                   WHEN seed.s < 30 THEN 'New' WHEN seed.s < 50 THEN 'InProgress' WHEN seed.s < 60 THEN 'Postponed'
                   WHEN seed.s < 95 THEN 'Done' ELSE 'Cancelled'
                 END AS status
          FROM seed) x
        JOIN bench_processes pr ON pr.idx = x.p
        JOIN bench_employees e_exec ON e_exec.idx = (x.p % 10) + 10 * (x.n % (@employees / 10))
        JOIN bench_employees e_addr ON e_addr.idx = x.n % @employees
        ORDER BY x.n; -- the product inserts in creation order: keep the table's rows in that order too

        UPDATE tasking."TaskingSequences" SET "Value" = @tasks WHERE "Name" = 'task-number';
        """;
}
