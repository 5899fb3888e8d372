using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using FluentValidation;
using MediatR;

// Deliberately bad types: the "rule bites" tests run rules against this assembly and expect these to be reported.
// Nothing here is scanned by the real rules (this assembly is not a Crm.Modules.* assembly).
namespace Crm.ArchitectureTests.Fixtures;

public sealed record Ping : INotification;

/// <summary>Breaks rule 6: a public handler.</summary>
public sealed class PublicPingHandler : INotificationHandler<Ping>
{
    public Task Handle(Ping notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Breaks rule 7 twice: public and not sealed.</summary>
public class PublicUnsealedValidator : AbstractValidator<Ping>;

/// <summary>Breaks rule 10: an aggregate with a public setter.</summary>
public sealed class LeakyAggregate : AggregateRoot<Guid>
{
    public string Name { get; set; } = string.Empty;

    public string Safe { get; private set; } = string.Empty;
}

/// <summary>Breaks rule 9: a domain event not named *DomainEvent.</summary>
public sealed record SomethingHappened(DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>Breaks rule 9: a business rule not named *Rule.</summary>
public sealed class MustBeTrue : IBusinessRule
{
    public string Code => "fixture";

    public string Message => "fixture";

    public bool IsBroken() => false;
}

/// <summary>Breaks rule 12 with <see cref="Settable"/>; <see cref="InitOnly"/> is fine and must not be reported.</summary>
public sealed record MutableIntegrationEvent : IntegrationEvent
{
    public string Settable { get; set; } = string.Empty;

    public string InitOnly { get; init; } = string.Empty;
}

/// <summary>Breaks rule 5: a public class in a contracts assembly that is no event, record or enum.</summary>
public sealed class LooseContractType
{
    public int Value { get; }
}
