using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;

namespace Crm.Modules.ServiceStation.Application.Contacts;

public sealed record ContactClientDto(Guid Id, string Name, string? Phone);

public sealed record ContactCallDto(string CallId, string? CalledLine, DateTimeOffset At, bool Missed, string? LostReason);

/// <summary>A contact as the operator sees it; times in the reader's zone.</summary>
public sealed record ContactDto(
    Guid Id,
    int Version,
    ContactKind Kind,
    ContactCategory Category,
    DateTimeOffset Moment,
    string? Phone,
    string? PhoneE164,
    string? Address,
    bool Identified,
    ContactClientDto? Client,
    Guid? AwaitingClientId,
    string? ClientsWords,
    string? WorksNeeded,
    string? WebFormName,
    string? Car,
    Guid? ContinuesId,
    bool Open,
    ContactResult? Result,
    string? ResultReason,
    DateTimeOffset? ResultAt,
    int MissedCalls,
    IReadOnlyList<ContactCallDto> Calls);

/// <summary>Contacts as DTOs with their clients' names from the station's copy, in one query for a page.</summary>
public sealed class ContactReader(IReadRepository<KnownClient> clients)
{
    public async Task<IReadOnlyList<ContactDto>> ToDtosAsync(IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        var ids = contacts.Where(c => c.ClientId is not null).Select(c => c.ClientId!.Value).Distinct().ToList();
        var known = ids.Count == 0 ? [] : await clients.ListAsync(new KnownClientsByIdsSpec(ids), cancellationToken);
        var byId = known.ToDictionary(c => c.Id);
        return contacts.Select(c => ToDto(c, c.ClientId is { } id && byId.TryGetValue(id, out var client) ? client : null)).ToList();
    }

    private static ContactDto ToDto(Contact c, KnownClient? client) => new(
        c.Id.Value, c.Version, c.Kind, c.Category, ReaderTimeZone.Show(c.MomentUtc), c.Phone, c.PhoneE164, c.Address, c.IsIdentified,
        c.ClientId is { } id ? new ContactClientDto(id, client?.Name ?? string.Empty, client?.Phone) : null,
        c.AwaitingClientId, c.ClientsWords, c.WorksNeeded, c.WebForm?.Name, c.WebForm?.Car, c.ContinuesId?.Value, c.IsOpen,
        c.Result, c.ResultReason, ReaderTimeZone.Show(c.ResultAtUtc), c.MissedCalls,
        c.Calls.OrderBy(x => x.AtUtc).Select(x => new ContactCallDto(x.CallId, x.CalledLine, ReaderTimeZone.Show(x.AtUtc), x.Missed, x.LostReason)).ToList());
}
