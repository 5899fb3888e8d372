using System.Net;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Figures.GetEmployeeFigures;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>A supervisor's figures per employee and per position (ADR 0084): complaints and violations registered in a period, by state, exact on read; others 403.</summary>
public abstract class QualityFiguresApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_supervisor_sees_each_employees_complaints_and_violations_of_the_period_by_state()
    {
        var masters = await app.NewPositionAsync("Master consultants");
        var (employee, employeeId) = await app.HireAsync("Fedor Figures", masters);
        var (_, colleagueId) = await app.HireAsync("Galina Colleague", masters);
        await app.ComplaintAsync(employeeId, "Before the period"); // not counted
        app.Clock.Advance(TimeSpan.FromDays(2));
        var from = app.Clock.GetUtcNow();
        var first = await app.ComplaintAsync(employeeId, "First");
        await app.ComplaintAsync(employeeId, "Second");
        await app.ViolationAsync(employeeId);
        await app.ViolationAsync(colleagueId);
        await (await app.Administrator.SendAsync(HttpMethod.Post, $"{QualityApi.Complaints}/{first.Id}/review", new { }, first.Version)).ReadAsync<ComplaintDto>();
        var to = app.Clock.GetUtcNow().AddMinutes(1);
        var url = $"/api/quality/figures/complaints-and-violations?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";

        var figures = await (await app.Administrator.GetAsync(url)).ReadAsync<EmployeeFiguresDto>();

        var row = Assert.Single(figures.Employees, e => e.EmployeeId == employeeId);
        Assert.Equal(("Fedor Figures", 2, 1), (row.Name, row.Complaints, row.Violations));
        Assert.Equal(figures.ComplaintStates, row.ComplaintsByState.Select(s => s.State));
        Assert.Equal([1, 1, 0, 0], row.ComplaintsByState.Select(s => s.Count)); // registered, under review, reviewed, rejected
        Assert.Equal([1, 0, 0, 0], row.ViolationsByState.Select(s => s.Count));
        var position = Assert.Single(figures.Positions, p => p.PositionId == masters); // both employees' figures, summed
        Assert.Equal((2, 2), (position.Complaints, position.Violations));
        Assert.Equal([1, 1, 0, 0], position.ComplaintsByState.Select(s => s.Count));
        Assert.Equal([2, 0, 0, 0], position.ViolationsByState.Select(s => s.Count));
        Assert.Equal("quality.supervisor-only", (await (await employee.GetAsync(url)).ProblemAsync(HttpStatusCode.Forbidden)).Code());
        Assert.NotEmpty((await (await app.Administrator.GetAsync($"/api/quality/figures/complaints-and-violations?from={Uri.EscapeDataString(to.ToString("O"))}&to={Uri.EscapeDataString(from.ToString("O"))}"))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("to"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class QualityFiguresApiSqliteTests(SqliteApi app) : QualityFiguresApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class QualityFiguresApiPostgresTests(PostgresApi app) : QualityFiguresApiTests(app), IClassFixture<PostgresApi>;
