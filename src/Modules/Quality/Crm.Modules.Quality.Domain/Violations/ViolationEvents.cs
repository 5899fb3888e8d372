using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Violations;

public sealed record ViolationRegisteredDomainEvent(Violation Violation, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ViolationExplainedDomainEvent(Violation Violation, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ViolationClosedDomainEvent(Violation Violation, DateTime OccurredAtUtc) : IDomainEvent;
