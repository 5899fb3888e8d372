using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Phones;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Clients.ListKnownClients;

/// <summary>A client the station knows from Sales; <see cref="PhoneE164"/> is what callers are matched against.</summary>
public sealed record KnownClientDto(Guid Id, string Name, string? Phone, string? PhoneE164, string? Email);

/// <summary>
/// The clients the station knows, by name: the operator's list to pick who a caller is. <see cref="Phone"/> finds by
/// the number in any writing (normalised to E.164 first); <see cref="Search"/> by the start of the name.
/// </summary>
public sealed record ListKnownClientsQuery(string? Phone, string? Search, string? Cursor, int? Limit) : IQuery<KeysetPage<KnownClientDto>>;

public sealed class KnownClientListSpec : Specification<KnownClient>
{
    public KnownClientListSpec(string? phoneE164, string? search, string? after, int take)
    {
        Query.Where(c => c.Reported)
            .Where(c => c.PhoneE164 == phoneE164, phoneE164 is not null)
            .Where(c => c.Name.StartsWith(search!), !string.IsNullOrEmpty(search))
            .Where(c => string.Compare(c.SortKey, after) > 0, after is not null)
            .OrderBy(c => c.SortKey)
            .Take(take);
    }
}

internal sealed class ListKnownClientsValidator : AbstractValidator<ListKnownClientsQuery>
{
    public ListKnownClientsValidator(PhoneRegion region)
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Search).MaximumLength(KnownClient.NameMaxLength);
        RuleFor(q => q.Phone).Must(p => PhoneNumber.ToE164(p, region) is not null).When(q => q.Phone is not null)
            .WithMessage("Give a phone number, e.g. +7 916 123-45-67.");
        RuleFor(q => q.Cursor).Must(StationCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListKnownClientsHandler(IReadRepository<KnownClient> clients, PhoneRegion region)
    : IRequestHandler<ListKnownClientsQuery, KeysetPage<KnownClientDto>>
{
    public async Task<KeysetPage<KnownClientDto>> Handle(ListKnownClientsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 50;
        var spec = new KnownClientListSpec(PhoneNumber.ToE164(query.Phone, region), query.Search?.Trim(), StationCursor.Decode(query.Cursor), limit + 1);
        var rows = await clients.ListAsync(spec, cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<KnownClientDto>(
            page.Select(c => new KnownClientDto(c.Id, c.Name, c.Phone, c.PhoneE164, c.Email)).ToList(),
            rows.Count > limit ? StationCursor.Encode(page[^1].SortKey) : null);
    }
}
