using System.Net;
using System.Net.Http.Json;
using Crm.Modules.Quality.Application.Staff.ListStaff;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Quality's copy of the staff: an employee hired in Tasking is listed with their positions, follows a rename and a
/// dismissal; the main administrator is a supervisor (until roles exist).
/// </summary>
public abstract class QualityStaffApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_hired_employee_is_listed_with_positions_and_follows_a_rename_and_a_dismissal()
    {
        var position = (await (await app.Administrator.PostJsonAsync("/api/tasking/positions", new { name = $"Quality control {Guid.NewGuid():N}" }))
            .ReadAsync<PositionDto>(HttpStatusCode.Created)).Id;
        var hired = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Quinn Quality", timeZone = "Europe/Lisbon", positionIds = new[] { position } }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        var listed = await StaffAsync(hired.Id, _ => true);
        Assert.Equal(("Quinn Quality", false, false), (listed.Name, listed.IsSupervisor, listed.Dismissed));
        Assert.Equal([position], listed.PositionIds);

        (await app.Administrator.PutAsJsonAsync($"/api/tasking/employees/{hired.Id}", new { name = "Quinn Costa", timeZone = "Europe/Lisbon", positionIds = Array.Empty<Guid>(), departmentId = (Guid?)null }, Json.Options))
            .EnsureSuccessStatusCode();
        var renamed = await StaffAsync(hired.Id, e => e.Name == "Quinn Costa");
        Assert.Empty(renamed.PositionIds);

        (await app.Administrator.PostAsync($"/api/tasking/employees/{hired.Id}/dismiss", null)).EnsureSuccessStatusCode();
        Assert.True((await StaffAsync(hired.Id, e => e.Dismissed)).Dismissed);
        Assert.True((await StaffAsync(app.AdministratorId, _ => true)).IsSupervisor);
    }

    private async Task<QualityEmployeeDto> StaffAsync(Guid id, Func<QualityEmployeeDto, bool> until) =>
        (await Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync("/api/quality/staff")).ReadAsync<List<QualityEmployeeDto>>()).FirstOrDefault(e => e.Id == id),
            e => e is not null && until(e),
            $"Quality's copy of employee {id}"))!;
}

[Trait("Provider", "Sqlite")]
public sealed class QualityStaffApiSqliteTests(SqliteApi app) : QualityStaffApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class QualityStaffApiPostgresTests(PostgresApi app) : QualityStaffApiTests(app), IClassFixture<PostgresApi>;
