using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Clients.ListKnownClients;
using Crm.Tests.Support;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>What the station's tests do again and again, through HTTP as the staff would.</summary>
internal static class StationApi
{
    /// <summary>A client registered in Sales, the way a manager does it.</summary>
    public static async Task<Guid> NewSalesClientAsync(this ApiFixture app, string name, string? phone)
    {
        var response = await app.Administrator.PostJsonAsync("/api/sales/clients", new { name, email = $"{Guid.NewGuid():N}@example.com", phone, timeZone = "Europe/Moscow" });
        return (await response.ReadAsync<System.Text.Json.JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>The station's clients with this number, once Sales' facts have reached the station.</summary>
    public static Task<KeysetPage<KnownClientDto>> StationClientsByPhoneAsync(this ApiFixture app, string phone, int expected = 1) =>
        Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/service-station/clients?phone={Uri.EscapeDataString(phone)}")).ReadAsync<KeysetPage<KnownClientDto>>(),
            page => page.Items.Count >= expected,
            $"{expected} station client(s) with phone {phone}");
}
