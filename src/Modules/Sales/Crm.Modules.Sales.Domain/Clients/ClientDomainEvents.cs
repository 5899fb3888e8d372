using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Sales.Domain.Clients;

public sealed record ClientRegisteredDomainEvent(Client Client, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ClientContactsChangedDomainEvent(Client Client, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ClientRenamedDomainEvent(Client Client, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ClientVisitedPageDomainEvent(Client Client, string Url, string? Query, DateTime OccurredAtUtc) : IDomainEvent;
