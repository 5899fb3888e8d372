using System.Net;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The operator's side: identifying an unknown caller, the notes, the result; and the site's form.</summary>
public abstract class ContactApiTests(ApiFixture app)
{
    [Fact]
    public async Task The_operator_identifies_an_unknown_caller_as_an_existing_client()
    {
        var clientId = await app.NewSalesClientAsync("Olga Smirnova", "+7 903 555-77-00");
        await app.StationClientsByPhoneAsync("+79035557700");
        var contactId = (await app.SendCallAsync("missed", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value; // her husband's phone
        var (unknown, etag) = await app.ContactAsync(contactId);
        Assert.False(unknown.Identified);
        Assert.Contains(await app.AllUnidentifiedAsync(), c => c.Id == contactId);

        var stale = StationApi.PostWithIfMatch($"/api/service-station/contacts/{contactId}/client", new { clientId }, $"\"{unknown.Version + 3}\"");
        Assert.Equal("concurrency.stale", (await (await app.Administrator.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code());
        var identified = await (await app.Administrator.SendAsync(StationApi.PostWithIfMatch($"/api/service-station/contacts/{contactId}/client", new { clientId }, etag)))
            .ReadAsync<ContactDto>();

        Assert.True(identified.Identified);
        Assert.Equal("Olga Smirnova", identified.Client!.Name);
        Assert.DoesNotContain(await app.AllUnidentifiedAsync(), c => c.Id == contactId);
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == contactId.ToString() && f.Event == "identified" && f.Fact("client.id") == clientId.ToString());
        var missing = await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{Guid.NewGuid()}/client", new { clientId });
        Assert.Equal("contact.not-found", (await missing.ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.NotEmpty((await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contactId}/client", new { })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("clientId"));
    }

    [Fact]
    public async Task A_new_client_registered_in_Sales_identifies_the_waiting_contact_when_Sales_facts_arrive()
    {
        var caller = StationApi.NewCaller();
        var contactId = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller))!.Value;

        var clientId = await app.NewSalesClientAsync("Pavel Orlov", "+" + caller); // the operator registers him through Sales
        var named = await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contactId}/client", new { clientId })).ReadAsync<ContactDto>();
        Assert.True(named.Identified || named.AwaitingClientId == clientId);

        var contact = await Eventually.HoldsAsync(async () => (await app.ContactAsync(contactId)).Contact, c => c.Identified, "the contact identified by Sales' facts");
        Assert.Equal(clientId, contact.Client!.Id);
        Assert.Equal("Pavel Orlov", contact.Client.Name);
        Assert.Null(contact.AwaitingClientId);
    }

    [Fact]
    public async Task Notes_and_the_result_refusal_needs_a_reason_and_the_result_is_told_to_processes()
    {
        var contactId = (await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), StationApi.NewCaller()))!.Value;
        var notes = await (await app.Administrator.PutAsync($"/api/service-station/contacts/{contactId}/notes", System.Net.Http.Json.JsonContent.Create(new
        {
            category = "SpareParts",
            clientsWords = "Knocking in the front suspension",
            worksNeeded = "Diagnose the suspension",
        }))).ReadAsync<ContactDto>();
        Assert.Equal(ContactCategory.SpareParts, notes.Category);
        Assert.Equal("Knocking in the front suspension", notes.ClientsWords);

        var noReason = await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contactId}/result", new { result = "Refused" });
        Assert.Equal("contact.reason-required", (await noReason.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var refused = await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contactId}/result", new { result = "Refused", reason = "Too expensive" }))
            .ReadAsync<ContactDto>();
        Assert.False(refused.Open);
        Assert.Equal(ContactResult.Refused, refused.Result);
        var other = await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contactId}/result", new { result = "ClientBooked" });
        Assert.Equal("contact.result-already-set", (await other.ProblemAsync(HttpStatusCode.Conflict)).Code());

        var facts = (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == contactId.ToString() && f.Event == "result-set"))[0];
        Assert.Equal("refused", facts.Fact("result"));
        Assert.Equal("Too expensive", facts.Fact("reason"));
        Assert.Equal("spare-parts", facts.Fact("category"));
    }

    [Fact]
    public async Task A_walk_in_is_recorded_by_hand_and_bad_input_names_the_field()
    {
        var created = await app.Administrator.PostJsonAsync("/api/service-station/contacts", new { kind = "WalkIn", phone = "8 916 000-11-22", worksNeeded = "Oil change" });
        var contact = await created.ReadAsync<ContactDto>(HttpStatusCode.Created);
        Assert.Equal(ContactKind.WalkIn, contact.Kind);
        Assert.Equal("+79160001122", contact.PhoneE164);

        var bad = await (await app.Administrator.PostJsonAsync("/api/service-station/contacts", new { phone = "call me" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("kind"));
        Assert.NotEmpty(bad.FieldErrors("phone"));
        await (await app.Administrator.GetAsync($"/api/service-station/contacts/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);

        var postponed = await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contact.Id}/result", new { result = "Postponed" })).ReadAsync<ContactDto>();
        Assert.True(postponed.Open); // a passing result: the talks go on
        var booked = await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contact.Id}/result", new { result = "ClientBooked" })).ReadAsync<ContactDto>();
        Assert.False(booked.Open);
        Assert.Equal(ContactResult.ClientBooked, booked.Result);
        Assert.Equal(booked.Version, (await (await app.Administrator.PostJsonAsync($"/api/service-station/contacts/{contact.Id}/result", new { result = "ClientBooked" })).ReadAsync<ContactDto>()).Version);
    }

    [Fact]
    public async Task The_sites_form_opens_a_web_form_contact_without_signing_in_a_few_times_a_minute()
    {
        using var site = app.Factory.CreateClient();
        var form = new { name = "Anna", phone = "+7 (926) 100-20-30", car = "Kia Rio 2017", wish = "Change the timing belt" };

        Assert.Equal(HttpStatusCode.Accepted, (await site.PostJsonAsync("/api/service-station/web-form", form)).StatusCode);
        var bad = await (await site.PostJsonAsync("/api/service-station/web-form", new { name = "", phone = "no" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.FieldErrors("name"));
        Assert.NotEmpty(bad.FieldErrors("phone"));
        Assert.Equal(HttpStatusCode.Accepted, (await site.PostJsonAsync("/api/service-station/web-form", form)).StatusCode); // the third of TestSettings.WebFormsPerMinute
        var limited = await site.PostJsonAsync("/api/service-station/web-form", form);
        Assert.Equal("web-form.rate-limited", (await limited.ProblemAsync((HttpStatusCode)429)).Code());
        Assert.True(limited.Headers.RetryAfter is not null);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Accepted, (await site.PostJsonAsync("/api/service-station/web-form", form)).StatusCode);

        var contacts = (await app.AllContactsAsync()).Where(c => c.Kind == ContactKind.WebForm && c.PhoneE164 == "+79261002030").ToList();
        Assert.Equal(3, contacts.Count);
        var first = contacts.Single(c => c.ContinuesId is null);
        Assert.Equal("Anna", first.WebFormName);
        Assert.Equal("Kia Rio 2017", first.Car);
        Assert.Equal("Change the timing belt", first.ClientsWords);
        Assert.Equal(ContactCategory.RepairServices, first.Category);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ContactApiSqliteTests(SqliteApi app) : ContactApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ContactApiPostgresTests(PostgresApi app) : ContactApiTests(app), IClassFixture<PostgresApi>;
