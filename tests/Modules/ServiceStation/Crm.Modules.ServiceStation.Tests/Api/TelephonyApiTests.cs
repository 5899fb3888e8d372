using System.Net;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The PBX's webhook through HTTP: calls become contacts, once each; forged, stale and replayed requests record nothing.</summary>
public abstract class TelephonyApiTests(ApiFixture app)
{
    [Fact]
    public async Task An_answered_call_from_a_clients_number_records_a_contact_with_that_client()
    {
        var clientId = await app.NewSalesClientAsync("Ivan Petrov", "8 (916) 555-01-01");
        await app.StationClientsByPhoneAsync("+79165550101");

        var contactId = await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), "79165550101");

        var (contact, _) = await app.ContactAsync(contactId!.Value);
        Assert.Equal(ContactKind.IncomingCall, contact.Kind);
        Assert.True(contact.Identified);
        Assert.Equal(clientId, contact.Client!.Id);
        Assert.Equal("Ivan Petrov", contact.Client.Name);
        Assert.Equal("+79165550101", contact.PhoneE164);
        Assert.Equal(TimeSpan.FromHours(9), contact.Moment.Offset); // the administrator reads in Tokyo
        var facts = (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == contactId.ToString() && f.Event == "registered"))[0];
        Assert.Equal("contact", facts.Object.Type);
        Assert.Equal("incoming-call", facts.Fact("kind"));
        Assert.Equal("repair-services", facts.Fact("category"));
        Assert.Equal(clientId.ToString(), facts.Fact("client.id"));
        Assert.Equal("true", facts.Fact("identified"));
        Assert.Equal("+79165550101", facts.Fact("phone"));
    }

    [Fact]
    public async Task The_same_call_id_twice_records_one_contact()
    {
        var callId = "call-" + Guid.NewGuid();
        var caller = StationApi.NewCaller();

        var first = await app.SendCallAsync("answered", callId, caller);
        app.Clock.Advance(TimeSpan.FromSeconds(5)); // the PBX sends it again, signed anew
        var again = await app.SendCallAsync("answered", callId, caller);
        var ended = await app.SendCallAsync("ended", callId, caller);

        Assert.Equal(first, again);
        Assert.Equal(first, ended);
        Assert.Single(await app.AllContactsAsync(), c => c.Calls.Any(call => call.CallId == callId));
        Assert.Null(await app.SendCallAsync("incoming", "call-" + Guid.NewGuid(), caller)); // a ringing phone is not a contact yet
    }

    [Fact]
    public async Task Forged_stale_and_replayed_webhooks_record_nothing()
    {
        using var pbx = app.Factory.CreateClient();
        var (forged, stale, replayed) = ("call-" + Guid.NewGuid(), "call-" + Guid.NewGuid(), "call-" + Guid.NewGuid());

        var wrongSecret = await pbx.SendAsync(app.CallEvent("missed", forged, StationApi.NewCaller(), secret: "somebody-elses-secret"));
        Assert.Equal("telephony.signature", (await wrongSecret.ProblemAsync(HttpStatusCode.Forbidden)).Code());
        var unsigned = app.CallEvent("missed", forged, StationApi.NewCaller());
        unsigned.Headers.Remove("X-Crm-Signature");
        await (await pbx.SendAsync(unsigned)).ProblemAsync(HttpStatusCode.Forbidden);
        var tooOld = await pbx.SendAsync(app.CallEvent("missed", stale, StationApi.NewCaller(), sentAt: app.Clock.GetUtcNow().AddMinutes(-10)));
        Assert.Equal("telephony.stale", (await tooOld.ProblemAsync(HttpStatusCode.BadRequest)).Code());

        var original = app.CallEvent("missed", replayed, StationApi.NewCaller());
        var copy = new HttpRequestMessage(HttpMethod.Post, original.RequestUri) { Content = new StringContent(await original.Content!.ReadAsStringAsync(), System.Text.Encoding.UTF8, "application/json") };
        foreach (var header in original.Headers)
        {
            copy.Headers.Add(header.Key, header.Value);
        }

        Assert.Equal(HttpStatusCode.OK, (await pbx.SendAsync(original)).StatusCode);
        Assert.Equal("telephony.replayed", (await (await pbx.SendAsync(copy)).ProblemAsync(HttpStatusCode.Conflict)).Code());

        var contacts = await app.AllContactsAsync();
        Assert.DoesNotContain(contacts, c => c.Calls.Any(call => call.CallId == forged || call.CallId == stale));
        Assert.Single(contacts, c => c.Calls.Any(call => call.CallId == replayed));
    }

    [Fact]
    public async Task A_missed_call_of_a_caller_with_an_open_contact_is_added_to_it_and_a_new_callers_opens_one()
    {
        var caller = StationApi.NewCaller();
        var open = await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller);

        var missedAgain = await app.SendCallAsync("missed", "call-" + Guid.NewGuid(), "+" + caller);
        var endedUnanswered = await app.SendCallAsync("ended", "call-" + Guid.NewGuid(), caller);

        Assert.Equal(open, missedAgain);
        Assert.Equal(open, endedUnanswered);
        var (contact, _) = await app.ContactAsync(open!.Value);
        Assert.Equal(ContactKind.IncomingCall, contact.Kind);
        Assert.Equal(2, contact.MissedCalls);
        Assert.Equal(3, contact.Calls.Count);
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == open.ToString() && f.Event == "missed-call" && f.Fact("missed-calls") == "2");

        var stranger = await app.SendCallAsync("missed", "call-" + Guid.NewGuid(), StationApi.NewCaller());
        var (missed, _) = await app.ContactAsync(stranger!.Value);
        Assert.NotEqual(open, stranger);
        Assert.Equal(ContactKind.MissedCall, missed.Kind);
        Assert.False(missed.Identified);
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == stranger.ToString() && f.Event == "missed-call" && f.Fact("kind") == "missed-call");
    }

    [Fact]
    public async Task A_call_of_a_client_with_an_open_contact_continues_it()
    {
        var caller = StationApi.NewCaller();
        var first = await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller);

        var second = await app.SendCallAsync("answered", "call-" + Guid.NewGuid(), caller);

        var (contact, _) = await app.ContactAsync(second!.Value);
        Assert.NotEqual(first, second);
        Assert.Equal(ContactCategory.Continuation, contact.Category);
        Assert.Equal(first, contact.ContinuesId);
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == first.ToString() && f.Event == "continued");
    }
}

[Trait("Provider", "Sqlite")]
public sealed class TelephonyApiSqliteTests(SqliteApi app) : TelephonyApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class TelephonyApiPostgresTests(PostgresApi app) : TelephonyApiTests(app), IClassFixture<PostgresApi>;
