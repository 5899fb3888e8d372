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

/// <summary>Breaks the immutable-request rule: a command with a public setter.</summary>
public sealed class ChangeSomethingCommand : IRequest<Unit>
{
    public string Value { get; set; } = string.Empty;
}

/// <summary>Keeps the immutable-request rule: a record with init-only members.</summary>
public sealed record RenameSomethingCommand(string Name) : IRequest<Unit>;

/// <summary>Breaks the handler-name rule: handles RenameSomethingCommand, so it should be RenameSomethingHandler.</summary>
internal sealed class SomethingRenamer : IRequestHandler<RenameSomethingCommand, Unit>
{
    public Task<Unit> Handle(RenameSomethingCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Breaks the handler-name rule twice over: two requests in one handler.</summary>
internal sealed class SomethingCommandsHandler : IRequestHandler<ChangeSomethingCommand, Unit>, IRequestHandler<RenameSomethingCommand, Unit>
{
    public Task<Unit> Handle(ChangeSomethingCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);

    Task<Unit> IRequestHandler<RenameSomethingCommand, Unit>.Handle(RenameSomethingCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Keeps the handler-name rule.</summary>
internal sealed class ChangeSomethingHandler : IRequestHandler<ChangeSomethingCommand, Unit>
{
    public Task<Unit> Handle(ChangeSomethingCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}

/// <summary>Another aggregate, held by <see cref="Garage"/>.</summary>
public sealed class Car : AggregateRoot<Guid>;

/// <summary>
/// Breaks the by-id rule (holds a <see cref="Car"/> and, through a bay, a list of them) and the child-entity rule
/// (<see cref="Bay.Rename"/> is public and writes the bay).
/// </summary>
public sealed class Garage : AggregateRoot<Guid>
{
    private readonly List<Bay> _bays = [];

    public Car? Parked { get; private set; }

    public Guid ParkedCarId { get; private set; }

    public IReadOnlyList<Bay> Bays => _bays;
}

/// <summary>A child entity of <see cref="Garage"/>.</summary>
public sealed class Bay
{
    private readonly List<Car> _cars = [];

    public string Name { get; private set; } = string.Empty;

    public Garage? Owner { get; private set; }

    public IReadOnlyList<Car> Cars => _cars;

    /// <summary>Breaks the rule: callable outside the domain, changes the bay.</summary>
    public void Rename(string name) => Name = name;

    /// <summary>Fine: only its root (same assembly) can call it.</summary>
    internal void Clear() => Name = string.Empty;

    /// <summary>Fine: reads only.</summary>
    public bool IsNamed(string name) => Name == name;
}

/// <summary>Breaks the building-block-interface rule when this assembly is judged as a module beside Sales.</summary>
internal sealed class PlantedUnitOfWorkLocator : Crm.BuildingBlocks.Application.Persistence.IUnitOfWorkLocator
{
    public Crm.BuildingBlocks.Application.Persistence.IUnitOfWork For(Type ownedType) => throw new NotSupportedException();
}
