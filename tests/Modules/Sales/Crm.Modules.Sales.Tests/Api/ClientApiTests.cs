using System.Net;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>Clients through HTTP: the card, duplicates, edits that processes hear about, site visits.</summary>
public abstract class ClientApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_registered_client_has_a_card_and_a_second_client_with_the_same_email_is_pointed_to_the_first()
    {
        var client = await app.NewClientAsync();
        Assert.Equal("Maria Silva", client.Name);
        Assert.Equal(["web"], client.Tags);
        Assert.True(client.Number > 0);

        var again = await app.Administrator.PostJsonAsync("/api/sales/clients", new { name = "Maria S.", email = client.Email!.ToUpperInvariant() });
        var problem = await again.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("client.duplicate-email", problem.Code());
        Assert.Equal(client.Id, problem.GetProperty("existingClientId").GetGuid());
        Assert.Equal($"/api/sales/clients/{client.Id}", problem.GetProperty("existingClientUrl").GetString());

        var facts = await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == client.Id.ToString() && f.Event == "created");
        Assert.Equal("client", facts[0].Object.Type);
        Assert.Equal("true", facts[0].Fact("has-phone"));
    }

    [Fact]
    public async Task Bad_input_names_the_field()
    {
        var response = await app.Administrator.PostJsonAsync("/api/sales/clients", new { name = "", email = "not-an-email", timeZone = "Mars/Olympus" });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("email"));
        Assert.NotEmpty(problem.FieldErrors("timeZone"));
        await (await app.Administrator.GetAsync($"/api/sales/clients/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_phone_added_later_is_told_to_processes_on_the_client_and_on_its_open_orders()
    {
        var client = await app.NewClientAsync(phone: null);
        var order = await app.NewOrderAsync(client);

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/sales/clients/{client.Id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = client.Name, email = client.Email, phone = "+351 911 111 111", telegram = client.Telegram, timeZone = "Europe/Lisbon" }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{client.Version + 5}\""));
        Assert.Equal("concurrency.stale", (await (await app.Administrator.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code());

        var changed = await (await app.Administrator.PutAsync($"/api/sales/clients/{client.Id}",
            System.Net.Http.Json.JsonContent.Create(new { name = client.Name, email = client.Email, phone = "+351 911 111 111", telegram = client.Telegram, timeZone = "Europe/Lisbon" })))
            .ReadAsync<ClientCardDto>();
        Assert.Equal("+351 911 111 111", changed.Phone);
        Assert.Contains(changed.History, h => h.Kind == Crm.Modules.Sales.Domain.Clients.ClientHistoryKind.ContactsChanged);

        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f =>
            f.Object.Id == client.Id.ToString() && f.Event == "contacts-changed" && f.Fact("phone") == "+351 911 111 111");
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f =>
            f.Object.Id == order.Id.ToString() && f.Event == "client-contacts-changed" && f.Fact("client.has-phone") == "true");
    }

    [Fact]
    public async Task Comments_and_tags_stay_on_the_card()
    {
        var client = await app.NewClientAsync();
        await (await app.Administrator.PostJsonAsync($"/api/sales/clients/{client.Id}/comments", new { text = "Prefers calls after 18:00" })).ReadAsync<ClientCardDto>();
        var card = await (await app.Administrator.PostJsonAsync($"/api/sales/clients/{client.Id}/tags", new { add = new[] { "VIP", "vip", "fleet" }, remove = "web" }))
            .ReadAsync<ClientCardDto>();

        Assert.Equal(["fleet", "vip"], card.Tags);
        Assert.Equal("Prefers calls after 18:00", Assert.Single(card.Comments).Text);
        var found = await (await app.Administrator.GetAsync($"/api/sales/clients?tag=vip&search={client.Email}")).ReadAsync<Crm.BuildingBlocks.Application.Specifications.KeysetPage<Application.Clients.ListClients.ClientSummaryDto>>();
        Assert.Equal(client.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task The_sites_tracker_reports_a_page_visit_as_a_fact_without_signing_in()
    {
        var client = await app.NewClientAsync();
        using var anonymous = app.Factory.CreateClient();

        var response = await anonymous.PostJsonAsync("/api/sales/site-visits", new
        {
            email = client.Email,
            url = "https://station.example/offers/winter-tyres?utm_source=mail",
            query = new Dictionary<string, string> { ["utm_source"] = "mail" },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var visit = (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == client.Id.ToString() && f.Event == "page-visited"))[0];
        Assert.Equal("https://station.example/offers/winter-tyres", visit.Parameters!["url"]);
        Assert.Equal("utm_source=mail", visit.Parameters["query"]);
        await (await anonymous.PostJsonAsync("/api/sales/site-visits", new { email = "nobody@example.com", url = "https://station.example/" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.PostJsonAsync("/api/sales/site-visits", new { clientId = client.Id, url = "not a url" })).ProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ClientApiSqliteTests(SqliteApi app) : ClientApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ClientApiPostgresTests(PostgresApi app) : ClientApiTests(app), IClassFixture<PostgresApi>;
