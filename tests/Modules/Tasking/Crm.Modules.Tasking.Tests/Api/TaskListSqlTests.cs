using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// The SQL behind the task list as EF Core logs it (ADR 0061): the row's value objects (subject, addressee, process
/// link) and ids are read as plain columns, as the hand-written projection read them, not rebuilt member by member
/// behind a <c>CASE</c> per column.
/// </summary>
public abstract class TaskListSqlTests(LoggedApi app) : IAsyncLifetime
{
    private TaskingWorld _world = null!;

    public async ValueTask InitializeAsync() => _world = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_task_list_reads_its_rows_value_objects_as_plain_columns()
    {
        var task = await _world.NewCallTaskAsync();
        var before = app.Logs.Entries.Count;

        var page = await (await _world.AliceClient.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={task.Subject!.Id}")).ReadAsync<KeysetPage<TaskSummaryDto>>();

        Assert.Equal(task.Id, Assert.Single(page.Items).Id);
        var select = app.Logs.Entries.Skip(before)
            .Select(e => e.Properties.GetValueOrDefault("commandText") as string)
            .OfType<string>()
            .Select(sql => sql[..Math.Max(0, sql.IndexOf("FROM", StringComparison.Ordinal))])
            .Single(list => list.Contains("Subject", StringComparison.Ordinal) && list.Contains("Addressee", StringComparison.Ordinal));
        Assert.DoesNotContain("CASE", select, StringComparison.OrdinalIgnoreCase);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class TaskListSqlSqliteTests(SqliteLoggedApi app) : TaskListSqlTests(app), IClassFixture<SqliteLoggedApi>;

[Trait("Provider", "Postgres")]
public sealed class TaskListSqlPostgresTests(PostgresLoggedApi app) : TaskListSqlTests(app), IClassFixture<PostgresLoggedApi>;
