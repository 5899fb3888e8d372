using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Phones;

namespace Crm.Modules.ServiceStation.Application.Clients;

/// <summary>
/// Sales' client facts (every client event carries the whole card: name, phone, e-mail) kept as the station's copy of
/// the client (ADR 0068): callers are matched against it, never against Sales' tables.
/// </summary>
internal sealed class ClientFactsHandler(IUnitOfWorkLocator unitOfWorks, IRepository<KnownClient> clients, IRepository<Contact> contacts, PhoneRegion region, TimeProvider clock)
    : IntegrationEventHandler<FactsReportedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(FactsReportedIntegrationEvent facts) => facts.Object.Type == ServiceStationFacts.SalesClient;

    protected override async Task HandleAsync(FactsReportedIntegrationEvent facts, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(facts.Object.Id, out var id))
        {
            return; // not a client id Sales makes: nothing to copy
        }

        var snapshot = new ClientSnapshot(Text(facts, "name"), Text(facts, "phone"), Text(facts, "email"), facts.OccurredAtUtc);
        var known = await clients.GetByIdAsync(id, cancellationToken);
        if (known is null)
        {
            clients.Add(KnownClient.From(id, snapshot, region)); // a duplicate key (two deliveries at once) is retried as an update
        }
        else
        {
            known.Apply(snapshot, region);
        }

        await IdentifyAwaitingContactsAsync(id, cancellationToken);
    }

    /// <summary>Contacts whose operator named this client before the station heard of it become identified now.</summary>
    private async Task IdentifyAwaitingContactsAsync(Guid clientId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var contact in await contacts.ListAsync(new ContactsAwaitingClientSpec(clientId), cancellationToken))
        {
            contact.ClientKnown(clientId, now);
        }
    }

    /// <summary>Fact values arrive as JSON through the outbox, or as the values themselves in the same process.</summary>
    private static string? Text(FactsReportedIntegrationEvent facts, string name) =>
        facts.Facts.TryGetValue(name, out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            JsonElement => null,
            string s => s,
            _ => null,
        } : null;
}
