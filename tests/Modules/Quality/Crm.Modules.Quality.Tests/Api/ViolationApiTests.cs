using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Violations;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Violations and who sees what (ADR 0084), through HTTP: a supervisor registers a violation, only the employee
/// concerned explains it (another employee and the supervisor: 403), a supervisor closes it; an employee sees the
/// complaints and violations about themselves, another's card is 403, supervisors see all, filtered and paged.
/// </summary>
public abstract class ViolationApiTests(ApiFixture app)
{
    [Fact]
    public async Task Only_the_employee_concerned_explains_a_violation_and_a_supervisor_then_closes_it()
    {
        var (employee, employeeId) = await app.HireAsync("Egor Explainer");
        var (other, _) = await app.HireAsync("Oksana Other");
        Assert.Equal("quality.supervisor-only", (await (await employee.PostJsonAsync(QualityApi.Violations, new { employeeId, description = "Self-report" }))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code());
        var violation = await app.ViolationAsync(employeeId);
        var url = $"{QualityApi.Violations}/{violation.Id}";

        foreach (var stranger in new[] { other, app.Administrator })
        {
            Assert.Equal("violation.not-concerned", (await (await stranger.SendAsync(HttpMethod.Put, $"{url}/explanation", new { explanation = "For them" }, violation.Version))
                .ProblemAsync(HttpStatusCode.Forbidden)).Code());
        }

        Assert.Equal("violation.not-explained", (await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/close", new { acceptExplanation = true }, violation.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());
        var explained = await (await employee.SendAsync(HttpMethod.Put, $"{url}/explanation", new { explanation = "The bus broke down" }, violation.Version)).ReadAsync<ViolationDto>();
        Assert.Equal((ViolationState.Explained, "The bus broke down"), (explained.State, explained.Explanation));
        Assert.Equal("violation.not-registered", (await (await employee.SendAsync(HttpMethod.Put, $"{url}/explanation", new { explanation = "Again" }, explained.Version))
            .ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal("quality.supervisor-only", (await (await employee.SendAsync(HttpMethod.Post, $"{url}/close", new { acceptExplanation = true }, explained.Version))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code());

        var accepted = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/close", new { acceptExplanation = true }, explained.Version)).ReadAsync<ViolationDto>();
        Assert.Equal((ViolationState.Accepted, app.AdministratorId), (accepted.State, accepted.ClosedBy));
        var unknown = await (await app.Administrator.PostJsonAsync(QualityApi.Violations, new { employeeId = Guid.NewGuid(), description = "x" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("employee.unknown", unknown.Code());
        Assert.NotEmpty(unknown.FieldErrors("employeeId"));
    }

    [Fact]
    public async Task An_employee_sees_what_is_about_them_another_employees_card_is_403_and_supervisors_see_all_in_pages()
    {
        var (anna, annaId) = await app.HireAsync("Anna Own");
        var (boris, borisId) = await app.HireAsync("Boris Own");
        var first = await app.ComplaintAsync(annaId, "First");
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // newest first: one moment's ties go by id
        var annas = new[] { first, await app.ComplaintAsync(annaId, "Second") };
        var borisComplaint = await app.ComplaintAsync(borisId, "His");
        var annaViolation = await app.ViolationAsync(annaId);
        var borisViolation = await app.ViolationAsync(borisId);

        var annaSees = await (await anna.GetAsync(QualityApi.Complaints)).ReadAsync<KeysetPage<ComplaintSummaryDto>>();
        Assert.Equal(annas.Select(c => c.Id).Reverse(), annaSees.Items.Select(c => c.Id)); // newest first, Boris's not among them
        Assert.Equal([annaViolation.Id], (await (await anna.GetAsync(QualityApi.Violations)).ReadAsync<KeysetPage<ViolationSummaryDto>>()).Items.Select(v => v.Id));
        Assert.Equal("complaint.not-yours", (await (await anna.GetAsync($"{QualityApi.Complaints}/{borisComplaint.Id}")).ProblemAsync(HttpStatusCode.Forbidden)).Code());
        Assert.Equal("violation.not-yours", (await (await anna.GetAsync($"{QualityApi.Violations}/{borisViolation.Id}")).ProblemAsync(HttpStatusCode.Forbidden)).Code());
        Assert.Equal(borisId, (await (await boris.GetAsync($"{QualityApi.Complaints}/{borisComplaint.Id}")).ReadAsync<ComplaintDto>()).EmployeeId);

        var firstPage = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?employeeId={annaId}&limit=1")).ReadAsync<KeysetPage<ComplaintSummaryDto>>();
        var secondPage = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?employeeId={annaId}&limit=1&cursor={firstPage.NextCursor}")).ReadAsync<KeysetPage<ComplaintSummaryDto>>();
        Assert.Equal([annas[1].Id, annas[0].Id], firstPage.Items.Concat(secondPage.Items).Select(c => c.Id));
        Assert.Null(secondPage.NextCursor);
        await (await app.Administrator.SendAsync(HttpMethod.Post, $"{QualityApi.Complaints}/{borisComplaint.Id}/review", new { }, borisComplaint.Version)).ReadAsync<ComplaintDto>();
        var underReview = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?state=UnderReview")).ReadAsync<KeysetPage<ComplaintSummaryDto>>();
        Assert.Contains(underReview.Items, c => c.Id == borisComplaint.Id);
        Assert.All(underReview.Items, c => Assert.Equal(ComplaintState.UnderReview, c.State));
        var borisViolations = await (await app.Administrator.GetAsync($"{QualityApi.Violations}?employeeId={borisId}&state=Registered")).ReadAsync<KeysetPage<ViolationSummaryDto>>();
        Assert.Equal([borisViolation.Id], borisViolations.Items.Select(v => v.Id));
        Assert.NotEmpty((await (await anna.GetAsync($"{QualityApi.Complaints}?cursor=nonsense")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cursor"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ViolationApiSqliteTests(SqliteApi app) : ViolationApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ViolationApiPostgresTests(PostgresApi app) : ViolationApiTests(app), IClassFixture<PostgresApi>;
