using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Domain.Contacts;

namespace Crm.Modules.ServiceStation.Application.Processes;

/// <summary>
/// What the station tells processes about contacts, as they are at commit, with the name of what happened (object
/// type "contact"; the facts are listed in the README's "Service Station in brief").
/// </summary>
internal sealed class ServiceStationFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ContactRegisteredDomainEvent e => Facts(e.Contact, ServiceStationFacts.Registered),
        ContactIdentifiedDomainEvent e => Facts(e.Contact, ServiceStationFacts.Identified),
        ContactMissedCallDomainEvent e => Facts(e.Contact, ServiceStationFacts.MissedCall, new Dictionary<string, string?>
        {
            ["call-id"] = e.Call.CallId,
            ["called-line"] = e.Call.CalledLine,
        }),
        ContactResultSetDomainEvent e => Facts(e.Contact, ServiceStationFacts.ResultSet),
        ContactContinuedDomainEvent e => Facts(e.Contact, ServiceStationFacts.Continued, new Dictionary<string, string?> { ["by.id"] = e.By.Value.ToString() }),
        ContactNotesChangedDomainEvent e => Facts(e.Contact, null),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(Contact c, string? @event, IReadOnlyDictionary<string, string?>? parameters = null) =>
        new(new ObjectReference(ServiceStationFacts.Contact, c.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["kind"] = Kebab(c.Kind.ToString()),
            ["category"] = Kebab(c.Category.ToString()),
            ["moment"] = c.MomentUtc,
            ["phone"] = c.PhoneE164 ?? c.Phone,
            ["address"] = c.Address,
            ["client.id"] = c.ClientId?.ToString(),
            ["identified"] = c.IsIdentified,
            ["open"] = c.IsOpen,
            ["result"] = c.Result is { } result ? Kebab(result.ToString()) : null,
            ["reason"] = c.ResultReason,
            ["missed-calls"] = (decimal)c.MissedCalls,
            ["lost-reason"] = c.LostReason,
            ["continues.id"] = c.ContinuesId?.Value.ToString(),
        }, parameters);

    /// <summary><c>ClientBooked</c> → <c>client-booked</c>: fact values are lower case with dashes, like the names.</summary>
    public static string Kebab(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) ? (i > 0 ? "-" : string.Empty) + char.ToLowerInvariant(ch) : ch.ToString()));
}
