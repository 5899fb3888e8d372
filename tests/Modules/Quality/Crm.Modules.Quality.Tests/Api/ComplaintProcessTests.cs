using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Application.Violations;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// The shipped "Process the client's complaint" and "Give an explanation" (ADR 0084), through HTTP only: the task
/// goes to the employee concerned, closes by itself when the complaint is reviewed with their opinion or when they
/// have written the explanation, and the explanation may be postponed to a moment they choose.
/// </summary>
public abstract class ComplaintProcessTests(ApiFixture app)
{
    private const string ProcessTheComplaint = "Process the client's complaint";
    private const string GiveAnExplanation = "Give an explanation";

    [Fact]
    public async Task A_complaint_asks_the_employee_concerned_and_closes_when_it_is_reviewed_with_their_opinion()
    {
        var (employee, employeeId) = await app.HireAsync("Kirill Served");
        var complaint = await app.ComplaintAsync(employeeId, "Oil leak after the service");

        var task = await employee.TaskAsync(QualityFacts.Complaint, complaint.Id, ProcessTheComplaint);
        Assert.Equal(("Employee", employeeId), (task.GetProperty("addressee").GetProperty("kind").GetString(), task.GetProperty("addressee").GetProperty("id").GetGuid()));
        var url = $"{QualityApi.Complaints}/{complaint.Id}";
        app.Clock.Advance(TimeSpan.FromHours(2));
        var answered = await (await employee.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "The gasket was the client's own" }, complaint.Version)).ReadAsync<ComplaintDto>();
        var underReview = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/review", new { }, answered.Version)).ReadAsync<ComplaintDto>();
        await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Uphold" }, underReview.Version)).ReadAsync<ComplaintDto>();

        await app.ClosedByItselfAsync(task, ComplaintTaskTypes.Reviewed);
        Assert.Equal("positive", await app.OutcomeAsync(QualityFacts.Complaint, complaint.Id, ProcessTheComplaint));
    }

    [Fact]
    public async Task A_violation_asks_its_employee_for_an_explanation_which_may_be_postponed_and_closes_when_written()
    {
        var (employee, employeeId) = await app.HireAsync("Vera Violator");
        var (other, _) = await app.HireAsync("Oleg Bystander");
        var violation = await app.ViolationAsync(employeeId, "Left the bay open");

        var task = await employee.TaskAsync(QualityFacts.Violation, violation.Id, GiveAnExplanation);
        Assert.Equal(("Employee", employeeId), (task.GetProperty("addressee").GetProperty("kind").GetString(), task.GetProperty("addressee").GetProperty("id").GetGuid()));
        var later = app.Clock.GetUtcNow().AddDays(1);
        var answer = await employee.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = ComplaintTaskTypes.Postponed, moment = later });
        Assert.True(answer.IsSuccessStatusCode, await answer.Content.ReadAsStringAsync());
        var postponed = await employee.TaskAsync(QualityFacts.Violation, violation.Id, "Task postponed, give an explanation");
        Assert.Equal(later, postponed.GetProperty("dueAt").GetDateTimeOffset());

        var url = $"{QualityApi.Violations}/{violation.Id}/explanation";
        Assert.Equal("violation.not-concerned", (await (await other.SendAsync(HttpMethod.Put, url, new { explanation = "Not mine" }, violation.Version))
            .ProblemAsync(System.Net.HttpStatusCode.Forbidden)).Code());
        app.Clock.Advance(TimeSpan.FromDays(1));
        await (await employee.SendAsync(HttpMethod.Put, url, new { explanation = "The remote failed" }, violation.Version)).ReadAsync<ViolationDto>();

        await app.ClosedByItselfAsync(postponed, ComplaintTaskTypes.Explained);
        Assert.Equal("positive", await app.OutcomeAsync(QualityFacts.Violation, violation.Id, GiveAnExplanation));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ComplaintProcessSqliteTests(SqliteApi app) : ComplaintProcessTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ComplaintProcessPostgresTests(PostgresApi app) : ComplaintProcessTests(app), IClassFixture<PostgresApi>;
