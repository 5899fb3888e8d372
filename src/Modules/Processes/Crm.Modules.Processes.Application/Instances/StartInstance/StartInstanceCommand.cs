using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Definitions.Rules;
using Crm.Modules.Processes.Domain.Instances.Rules;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.StartInstance;

/// <summary>Start the active process on an object by hand (from the object's card).</summary>
public sealed record StartInstanceCommand(Guid DefinitionId, ObjectReference? Object) : ICommand<Guid>;

internal sealed class StartInstanceValidator : AbstractValidator<StartInstanceCommand>
{
    public StartInstanceValidator()
    {
        RuleFor(c => c.Object).NotNull();
        RuleFor(c => c.Object!.Type).NotEmpty().MaximumLength(64).When(c => c.Object is not null).OverridePropertyName("object.type");
        RuleFor(c => c.Object!.Id).NotEmpty().MaximumLength(128).When(c => c.Object is not null).OverridePropertyName("object.id");
    }
}

internal sealed class StartInstanceHandler(
    IEngineStore store,
    ProcessRunner runner,
    IReadRepository<ProcessDefinition> definitions,
    ProcessStarters starters,
    IStartingPoints startingPoints) : IRequestHandler<StartInstanceCommand, Guid>
{
    public async Task<Guid> Handle(StartInstanceCommand command, CancellationToken cancellationToken)
    {
        // The state and the current version in one query, not the whole definition: its document is read (once,
        // then cached) with the version. Who may not start it is told so (403) before being told it is not active (409).
        var definition = new ProcessDefinitionId(command.DefinitionId);
        var (state, version) = await startingPoints.FindAsync(definition, cancellationToken).OrNotFound(DefinitionLoading.What, command.DefinitionId);
        starters.EnsureMayStart(version?.Document ?? (await definitions.GetAsync(command.DefinitionId, cancellationToken)).Draft);
        if (state != DefinitionState.Active || version is null)
        {
            throw new BusinessRuleValidationException(new DefinitionMustBeActiveRule(state));
        }

        var type = command.Object!.Type.ToLowerInvariant();
        if (!string.Equals(type, version.ObjectType, StringComparison.Ordinal))
        {
            throw new InvalidFieldException("object.type", $"This process runs on '{version.ObjectType}' objects.");
        }

        if (!version.Document.AllowConcurrentInstances && await store.IsRunningAsync(definition, type, command.Object.Id, cancellationToken))
        {
            throw new BusinessRuleValidationException(new OneRunningInstancePerObjectRule());
        }

        return (await runner.StartAsync(version, type, command.Object.Id, cancellationToken)).Id.Value;
    }
}
