using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Clients.ListKnownClients;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Application.Telephony;
using Crm.Tests.Support;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>What the station's tests do again and again, through HTTP as the staff (and the PBX) would.</summary>
internal static class StationApi
{
    /// <summary>A client registered in Sales, the way a manager does it.</summary>
    public static async Task<Guid> NewSalesClientAsync(this ApiFixture app, string name, string? phone)
    {
        var response = await app.Administrator.PostJsonAsync("/api/sales/clients", new { name, email = $"{Guid.NewGuid():N}@example.com", phone, timeZone = "Europe/Moscow" });
        return (await response.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>The station's clients with this number, once Sales' facts have reached the station.</summary>
    public static Task<KeysetPage<KnownClientDto>> StationClientsByPhoneAsync(this ApiFixture app, string phone, int expected = 1) =>
        Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/service-station/clients?phone={Uri.EscapeDataString(phone)}")).ReadAsync<KeysetPage<KnownClientDto>>(),
            page => page.Items.Count >= expected,
            $"{expected} station client(s) with phone {phone}");

    /// <summary>A webhook request as the PBX signs it, at the station's (test) clock unless another time is given.</summary>
    public static HttpRequestMessage CallEvent(
        this ApiFixture app, string @event, string callId, string? caller, DateTimeOffset? sentAt = null, string secret = TestSettings.TelephonySecret, string? reason = null)
    {
        var body = JsonSerializer.Serialize(new { @event, callId, caller, calledLine = "+74950000000", at = app.Clock.GetUtcNow(), reason });
        var timestamp = (sentAt ?? app.Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/service-station/telephony/events") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add(TelephonySignature.TimestampHeader, timestamp);
        request.Headers.Add(TelephonySignature.SignatureHeader, TelephonySignature.Sign(secret, timestamp, body));
        return request;
    }

    /// <summary>Sends a signed call event without signing in (the PBX is nobody's employee); the contact the call belongs to.</summary>
    public static async Task<Guid?> SendCallAsync(this ApiFixture app, string @event, string callId, string? caller, string? reason = null)
    {
        using var pbx = app.Factory.CreateClient();
        var answer = await (await pbx.SendAsync(app.CallEvent(@event, callId, caller, reason: reason))).ReadAsync<JsonElement>();
        return answer.GetProperty("contactId").ValueKind == JsonValueKind.Null ? null : answer.GetProperty("contactId").GetGuid();
    }

    public static async Task<(ContactDto Contact, string ETag)> ContactAsync(this ApiFixture app, Guid id)
    {
        var response = await app.Administrator.GetAsync($"/api/service-station/contacts/{id}");
        var contact = await response.ReadAsync<ContactDto>();
        return (contact, response.Headers.ETag!.Tag);
    }

    public static async Task<IReadOnlyList<ContactDto>> AllContactsAsync(this ApiFixture app) =>
        (await (await app.Administrator.GetAsync("/api/service-station/contacts?limit=200")).ReadAsync<KeysetPage<ContactDto>>()).Items;

    public static HttpRequestMessage PostWithIfMatch(string url, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(etag));
        return request;
    }

    /// <summary>A number no other test uses, as a Russian mobile written the PBX's way (no plus).</summary>
    public static string NewCaller() => "79" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Fact values arrive as JSON through the outbox, as the engine will read them.</summary>
internal static class FactValues
{
    public static string? Fact(this Crm.Modules.Processes.Contracts.FactsReportedIntegrationEvent facts, string name) =>
        facts.Facts.TryGetValue(name, out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement e => e.GetRawText(),
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant(),
        } : "(missing)";
}

internal static class ContactLists
{
    public static async Task<IReadOnlyList<ContactDto>> AllUnidentifiedAsync(this ApiFixture app) =>
        (await (await app.Administrator.GetAsync("/api/service-station/contacts?identified=false&open=true&limit=200"))
            .ReadAsync<Crm.BuildingBlocks.Application.Specifications.KeysetPage<ContactDto>>()).Items;
}
