using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Instances.Rules;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>Start the active process on an object by hand (from the object's card).</summary>
public sealed record StartInstanceCommand(Guid DefinitionId, ObjectReference? Object) : ICommand<Guid>;

/// <summary>Run the draft, frozen as it is now, on one object: its trace shows every step it takes.</summary>
public sealed record TestRunCommand(Guid DefinitionId, ObjectReference? Object) : ICommand<Guid>;

public sealed record CancelInstanceCommand(Guid InstanceId, string? Reason) : ICommand<Unit>;

/// <summary>After an incident: run the failed step again with fresh attempts.</summary>
public sealed record RetryIncidentCommand(Guid InstanceId) : ICommand<Unit>;

internal sealed class ObjectRequiredValidator : AbstractValidator<StartInstanceCommand>
{
    public ObjectRequiredValidator()
    {
        RuleFor(c => c.Object).NotNull();
        RuleFor(c => c.Object!.Type).NotEmpty().MaximumLength(64).When(c => c.Object is not null).OverridePropertyName("object.type");
        RuleFor(c => c.Object!.Id).NotEmpty().MaximumLength(128).When(c => c.Object is not null).OverridePropertyName("object.id");
    }
}

internal sealed class TestRunObjectValidator : AbstractValidator<TestRunCommand>
{
    public TestRunObjectValidator()
    {
        RuleFor(c => c.Object).NotNull();
        RuleFor(c => c.Object!.Id).NotEmpty().MaximumLength(128).When(c => c.Object is not null).OverridePropertyName("object.id");
    }
}

internal sealed class InstanceCommandHandlers(
    IEngineStore store,
    ProcessRunner runner,
    IReadRepository<ProcessDefinition> definitions,
    IRepository<ProcessVersion> versions,
    DefinitionChecks checks,
    ProcessStarters starters,
    IStartingPoints startingPoints) :
    IRequestHandler<StartInstanceCommand, Guid>,
    IRequestHandler<TestRunCommand, Guid>,
    IRequestHandler<CancelInstanceCommand, Unit>,
    IRequestHandler<RetryIncidentCommand, Unit>
{
    public async Task<Guid> Handle(StartInstanceCommand command, CancellationToken cancellationToken)
    {
        // The state and the current version in one query, not the whole definition: its document is read (once,
        // then cached) with the version. Who may not start it is told so (403) before being told it is not active (409).
        var definition = new ProcessDefinitionId(command.DefinitionId);
        var (state, version) = await startingPoints.FindAsync(definition, cancellationToken) ?? throw new NotFoundException("Process definition", command.DefinitionId);
        starters.EnsureMayStart(version?.Document ?? (await DefinitionAsync(command.DefinitionId, cancellationToken)).Draft);
        if (state != DefinitionState.Active || version is null)
        {
            throw new Crm.BuildingBlocks.Domain.BusinessRuleValidationException(new Domain.Definitions.Rules.DefinitionMustBeActiveRule(state));
        }

        var type = command.Object!.Type.ToLowerInvariant();
        if (!string.Equals(type, version.ObjectType, StringComparison.Ordinal))
        {
            throw new InvalidFieldException("object.type", $"This process runs on '{version.ObjectType}' objects.");
        }

        if (!version.Document.AllowConcurrentInstances && await store.IsRunningAsync(definition, type, command.Object.Id, cancellationToken))
        {
            throw new Crm.BuildingBlocks.Domain.BusinessRuleValidationException(new OneRunningInstancePerObjectRule());
        }

        return (await runner.StartAsync(version, type, command.Object.Id, cancellationToken)).Id.Value;
    }

    public async Task<Guid> Handle(TestRunCommand command, CancellationToken cancellationToken)
    {
        var definition = await DefinitionAsync(command.DefinitionId, cancellationToken);
        await checks.EnsureValidAsync(definition.Draft, definition.Id.Value, cancellationToken, toRun: true);
        var frozen = ProcessVersion.FreezeForTestRun(definition.Id, definition.Draft, runner.NowUtc);
        versions.Add(frozen);
        return (await runner.StartAsync(frozen, definition.ObjectType, command.Object!.Id, cancellationToken)).Id.Value;
    }

    public async Task<Unit> Handle(CancelInstanceCommand command, CancellationToken cancellationToken)
    {
        var instance = await InstanceAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(instance, (graph, context) => instance.Cancel(command.Reason ?? "Cancelled by an administrator.", graph, context), cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RetryIncidentCommand command, CancellationToken cancellationToken)
    {
        var instance = await InstanceAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(instance, instance.RetryIncident, cancellationToken);
        return Unit.Value;
    }

    private async Task<ProcessDefinition> DefinitionAsync(Guid id, CancellationToken cancellationToken) =>
        await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(new ProcessDefinitionId(id)), cancellationToken)
            ?? throw new NotFoundException("Process definition", id);

    private async Task<ProcessInstance> InstanceAsync(Guid id, CancellationToken cancellationToken) =>
        await store.InstanceAsync(new ProcessInstanceId(id), cancellationToken) ?? throw new NotFoundException("Process instance", id);
}
