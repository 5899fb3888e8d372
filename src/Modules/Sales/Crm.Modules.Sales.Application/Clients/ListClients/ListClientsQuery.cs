using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Clients.ListClients;

public sealed record ClientSummaryDto(Guid Id, long Number, string Name, string? Email, string? Phone, DateTimeOffset RegisteredAt);

/// <summary>Clients, newest first; <see cref="Search"/> finds by the start of the name or the e-mail (to create an order by hand).</summary>
public sealed record ListClientsQuery(string? Search, string? Tag, string? Cursor, int? Limit) : IQuery<KeysetPage<ClientSummaryDto>>;

/// <summary>A list row, projected in the database by Mapster: each parameter is named after the client's member.</summary>
public sealed record ClientRow(ClientId Id, long Number, string Name, string? Email, string? Phone, DateTime RegisteredAtUtc)
{
    public ClientSummaryDto ToDto() => new(Id.Value, Number, Name, Email, Phone, new DateTimeOffset(RegisteredAtUtc, TimeSpan.Zero));
}

public sealed class ClientListSpec : Specification<Client>
{
    public ClientListSpec(ListClientsQuery query, long? after, int take)
    {
        var search = query.Search?.Trim();
        var email = search?.ToLowerInvariant();
        var tag = query.Tag?.Trim().ToLowerInvariant();
        Query.Where(c => c.Name.StartsWith(search!) || c.Email!.StartsWith(email!), !string.IsNullOrEmpty(search))
            .Where(c => c.Tags.Any(t => t.Name == tag), !string.IsNullOrEmpty(tag))
            .Where(c => c.Number < after, after is not null)
            .OrderByDescending(c => c.Number)
            .Take(take);
    }
}

internal sealed class ListClientsValidator : AbstractValidator<ListClientsQuery>
{
    public ListClientsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, 200);
        RuleFor(q => q.Search).MaximumLength(Client.NameMaxLength);
        RuleFor(q => q.Cursor).Must(SalesCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListClientsHandler(IReadRepository<Client> clients) : IRequestHandler<ListClientsQuery, KeysetPage<ClientSummaryDto>>
{
    public async Task<KeysetPage<ClientSummaryDto>> Handle(ListClientsQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? 50;
        var rows = await clients.ProjectToListAsync<ClientRow>(new ClientListSpec(query, SalesCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<ClientSummaryDto>(page.Select(r => r.ToDto()).ToList(), rows.Count > limit ? SalesCursor.Encode(page[^1].Number) : null);
    }
}
