using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Complaints.RegisterComplaint;
using Crm.Modules.Quality.Application.Violations;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Complaints through HTTP (ADR 0084): registered by hand about one employee on the staff, their opinion (only
/// theirs), a supervisor's review and decision, illegal steps 409 with a code, stale If-Match 409, upholding
/// registers a violation; and the command other code sends (a survey's dissatisfaction) is idempotent per origin.
/// </summary>
public abstract class ComplaintApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_complaint_is_answered_by_its_employee_and_upheld_by_a_supervisor_which_registers_a_violation()
    {
        var (employee, employeeId) = await app.HireAsync("Ivan Master");
        var (other, _) = await app.HireAsync("Olga Other");
        var registered = await app.ComplaintAsync(employeeId);
        Assert.Equal((ComplaintState.Registered, employeeId, ComplaintOrigin.Manual, app.AdministratorId), (registered.State, registered.EmployeeId, registered.Origin.Kind, registered.RegisteredBy));
        var url = $"{QualityApi.Complaints}/{registered.Id}";

        Assert.Equal("complaint.not-concerned", (await (await other.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "Not me" }, registered.Version))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code());
        var answered = await (await employee.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "The wash bay was closed" }, registered.Version)).ReadAsync<ComplaintDto>();
        Assert.Equal("The wash bay was closed", answered.Opinion);
        Assert.Equal("complaint.not-under-review", (await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Uphold" }, answered.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("quality.supervisor-only", (await (await employee.SendAsync(HttpMethod.Post, $"{url}/review", new { }, answered.Version))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code());

        var underReview = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/review", new { }, answered.Version)).ReadAsync<ComplaintDto>();
        Assert.Equal(ComplaintState.UnderReview, underReview.State);
        Assert.Equal("concurrency.stale", (await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Uphold" }, answered.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());
        var upheld = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision",
            new { decision = "Uphold", note = "Agreed with the client", registerViolation = true }, underReview.Version)).ReadAsync<ComplaintDto>();
        Assert.Equal((ComplaintState.Reviewed, ComplaintDecision.Uphold, "Agreed with the client"), (upheld.State, upheld.Decision, upheld.DecisionNote));
        Assert.Equal("complaint.decided", (await (await employee.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "Later words" }, upheld.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());

        var violation = await (await employee.GetAsync($"{QualityApi.Violations}/{upheld.ViolationId}")).ReadAsync<ViolationDto>();
        Assert.Equal((employeeId, registered.Id, ViolationState.Registered, "The car came back dirty"), (violation.EmployeeId, violation.ComplaintId, violation.State, violation.Description));
    }

    [Fact]
    public async Task A_decision_needs_the_opinion_and_a_rejected_complaint_registers_no_violation()
    {
        var (employee, employeeId) = await app.HireAsync("Petr Painter");
        var complaint = await app.ComplaintAsync(employeeId, "Scratched door");
        var url = $"{QualityApi.Complaints}/{complaint.Id}";
        var underReview = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/review", new { }, complaint.Version)).ReadAsync<ComplaintDto>();
        Assert.Equal("complaint.not-registered", (await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/review", new { }, underReview.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("complaint.opinion-missing", (await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Reject" }, underReview.Version))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var answered = await (await employee.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "It was scratched before" }, underReview.Version)).ReadAsync<ComplaintDto>();
        Assert.NotEmpty((await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Reject", registerViolation = true }, answered.Version))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("registerViolation"));
        var rejected = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Reject" }, answered.Version)).ReadAsync<ComplaintDto>();
        Assert.Equal((ComplaintState.Rejected, ComplaintDecision.Reject, (Guid?)null), (rejected.State, rejected.Decision, rejected.ViolationId));
    }

    [Fact]
    public async Task A_complaint_names_an_employee_on_the_staff_who_has_not_left_and_a_known_subject()
    {
        var (_, leaverId) = await app.HireAsync("Lev Leaver");
        (await app.Administrator.PostAsync($"/api/tasking/employees/{leaverId}/dismiss", null)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(
            async () => await app.Administrator.ComplainAsync(leaverId),
            r => r.StatusCode == HttpStatusCode.BadRequest, "Quality's copy hears of the dismissal");

        var dismissed = await (await app.Administrator.ComplainAsync(leaverId)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("employee.dismissed", dismissed.Code());
        Assert.NotEmpty(dismissed.FieldErrors("employeeId"));
        var unknown = await (await app.Administrator.ComplainAsync(Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("employee.unknown", unknown.Code());
        Assert.NotEmpty(unknown.FieldErrors("employeeId"));
        var badSubject = await (await app.Administrator.PostJsonAsync(QualityApi.Complaints, new { clientId = Guid.NewGuid(), subjectType = "booking", subjectId = Guid.NewGuid(), gist = "x", employeeId = leaverId }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badSubject.FieldErrors("subjectType"));
    }

    [Fact]
    public async Task The_command_other_code_sends_registers_one_complaint_per_origin()
    {
        var (_, employeeId) = await app.HireAsync("Sergey Served");
        var surveyId = Guid.NewGuid().ToString();
        var command = new RegisterComplaintCommand(Guid.NewGuid(), "sale", Guid.NewGuid(), "Rude at the counter", employeeId, ComplaintOrigin.Survey, surveyId, null);

        var first = await SendAsync(command);
        var again = await SendAsync(command with { Gist = "Heard twice" });

        Assert.Equal(first, again);
        var card = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}/{first}")).ReadAsync<ComplaintDto>();
        Assert.Equal((ComplaintOrigin.Survey, surveyId, "Rude at the counter", (Guid?)null), (card.Origin.Kind, card.Origin.Id, card.Gist, card.RegisteredBy));
        var listed = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?employeeId={employeeId}")).ReadAsync<KeysetPage<ComplaintSummaryDto>>();
        Assert.Equal([first], listed.Items.Select(c => c.Id));
    }

    private async Task<Guid> SendAsync(RegisterComplaintCommand command)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ComplaintApiSqliteTests(SqliteApi app) : ComplaintApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ComplaintApiPostgresTests(PostgresApi app) : ComplaintApiTests(app), IClassFixture<PostgresApi>;
