using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Contacts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.ListContacts;

/// <summary>Contacts, newest first; <see cref="Open"/> keeps those whose talks are open (no final result), <see cref="Identified"/> false those the operator must identify.</summary>
public sealed record ListContactsQuery(bool? Open, bool? Identified, Guid? ClientId, string? Cursor, int? Limit) : IQuery<KeysetPage<ContactDto>>;

public sealed class ContactListSpec : Specification<Contact>
{
    public ContactListSpec(ListContactsQuery query, string? after, int take)
    {
        Query.Where(ContactOpen.Expression, query.Open == true)
            .Where(ContactOpen.Closed, query.Open == false)
            .Where(c => c.ClientId != null, query.Identified == true)
            .Where(c => c.ClientId == null, query.Identified == false)
            .Where(c => c.ClientId == query.ClientId, query.ClientId is not null)
            .Where(c => string.Compare(c.SortKey, after) < 0, after is not null)
            .OrderByDescending(c => c.SortKey)
            .Take(take);
    }
}

internal sealed class ListContactsValidator : AbstractValidator<ListContactsQuery>
{
    public ListContactsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Cursor).Must(StationCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListContactsHandler(IReadRepository<Contact> contacts, ContactReader reader) : IRequestHandler<ListContactsQuery, KeysetPage<ContactDto>>
{
    public async Task<KeysetPage<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 50;
        var rows = await contacts.ListAsync(new ContactListSpec(query, StationCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<ContactDto>(await reader.ToDtosAsync(page, cancellationToken), rows.Count > limit ? StationCursor.Encode(page[^1].SortKey) : null);
    }
}
