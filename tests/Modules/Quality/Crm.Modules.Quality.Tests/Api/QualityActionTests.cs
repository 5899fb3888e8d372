using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Violations;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// The actions Quality offers processes (ADR 0084), through HTTP: an administrator's process registers a violation
/// from an upheld complaint, and another registers a complaint about a work order it runs on.
/// </summary>
public abstract class QualityActionTests(ApiFixture app)
{
    [Fact]
    public async Task A_process_registers_a_violation_from_an_upheld_complaint_and_its_employee_is_asked_to_explain()
    {
        var (employee, employeeId) = await app.HireAsync("Denis Decided");
        await ActiveAsync(new
        {
            name = $"Violation from an upheld complaint {Guid.NewGuid():N}", objectType = "complaint",
            entry = new { kind = "on-fact", fact = "reviewed" }, condition = "decision = 'Uphold'",
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new { next = "register" } },
                new { id = "register", type = "action", module = "quality", action = "register-violation", parameters = new { description = "Fitted the wrong tyres: upheld" }, exits = new { next = "finish" } },
                new { id = "finish", type = "finish", outcome = "positive" },
            },
        });
        var complaint = await app.ComplaintAsync(employeeId, "Wrong tyres fitted");
        var url = $"{QualityApi.Complaints}/{complaint.Id}";
        var answered = await (await employee.SendAsync(HttpMethod.Put, $"{url}/opinion", new { opinion = "I misread the order" }, complaint.Version)).ReadAsync<ComplaintDto>();
        var underReview = await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/review", new { }, answered.Version)).ReadAsync<ComplaintDto>();
        await (await app.Administrator.SendAsync(HttpMethod.Post, $"{url}/decision", new { decision = "Uphold" }, underReview.Version)).ReadAsync<ComplaintDto>();

        var upheld = await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync(url)).ReadAsync<ComplaintDto>(), c => c.ViolationId is not null, "the process registered the violation");
        var violation = await (await employee.GetAsync($"{QualityApi.Violations}/{upheld.ViolationId}")).ReadAsync<ViolationDto>();
        Assert.Equal((employeeId, complaint.Id, "Fitted the wrong tyres: upheld"), (violation.EmployeeId, violation.ComplaintId, violation.Description));
        await employee.TaskAsync("violation", violation.Id, "Give an explanation");
    }

    [Fact]
    public async Task A_process_on_a_work_order_registers_a_complaint_once()
    {
        var (_, employeeId) = await app.HireAsync("Maxim Master");
        var clientId = Guid.NewGuid();
        var definition = await ActiveAsync(new
        {
            name = $"Complaint from a work order {Guid.NewGuid():N}", objectType = "work-order",
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new { next = "register" } },
                new
                {
                    id = "register", type = "action", module = "quality", action = "register-complaint",
                    parameters = new Dictionary<string, string> { ["client-id"] = clientId.ToString(), ["employee-id"] = employeeId.ToString(), ["gist"] = "Heard by the call centre" },
                    exits = new { next = "finish" },
                },
                new { id = "finish", type = "finish", outcome = "positive" },
            },
        });
        var workOrder = Guid.NewGuid();
        (await app.Administrator.PostJsonAsync("/api/processes/instances", new { definitionId = definition, @object = new { type = "work-order", id = workOrder.ToString() } }))
            .EnsureSuccessStatusCode();

        var listed = await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?employeeId={employeeId}")).ReadAsync<KeysetPage<ComplaintSummaryDto>>(),
            page => page.Items.Count > 0, "the process registered the complaint");
        var complaint = Assert.Single(listed.Items);
        Assert.Equal((clientId, "work-order", workOrder, "Heard by the call centre"), (complaint.ClientId, complaint.Subject.Type, complaint.Subject.Id, complaint.Gist));
        Assert.Equal("positive", await app.OutcomeAsync("work-order", workOrder, (await DefinitionNameAsync(definition))!));
    }

    /// <summary>A definition created and activated by the administrator, once Quality's actions are offered.</summary>
    private async Task<Guid> ActiveAsync(object document)
    {
        var created = await Eventually.HoldsAsync(
            async () => await app.Administrator.PostJsonAsync("/api/processes/definitions", document), r => r.StatusCode == HttpStatusCode.Created, "Quality's actions offered");
        var id = (await created.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await app.Administrator.PostAsync($"/api/processes/definitions/{id}/activate", null)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<string?> DefinitionNameAsync(Guid id) =>
        (await (await app.Administrator.GetAsync($"/api/processes/definitions/{id}")).ReadAsync<JsonElement>()).GetProperty("name").GetString();
}

[Trait("Provider", "Sqlite")]
public sealed class QualityActionSqliteTests(SqliteApi app) : QualityActionTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class QualityActionPostgresTests(PostgresApi app) : QualityActionTests(app), IClassFixture<PostgresApi>;
