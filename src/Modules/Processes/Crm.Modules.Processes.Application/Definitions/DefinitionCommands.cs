using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Runtime;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions;

// Administrators' work on definitions: create (also import), edit the draft, activate it as a new version, stop.

public sealed record CreateDefinitionCommand(ProcessDocument? Document) : ICommand<Guid>;

public sealed record EditDefinitionCommand(Guid Id, int? ExpectedVersion, ProcessDocument? Document) : ICommand<Unit>;

public sealed record ActivateDefinitionCommand(Guid Id) : ICommand<int>;

public sealed record StopDefinitionCommand(Guid Id) : ICommand<Unit>;

/// <summary>Delete a draft that was never released.</summary>
public sealed record DeleteDefinitionCommand(Guid Id) : ICommand<Unit>;

internal sealed class DocumentRequiredValidator : AbstractValidator<CreateDefinitionCommand>
{
    public DocumentRequiredValidator() => RuleFor(c => c.Document).NotNull().WithName("body");
}

internal sealed class EditDocumentRequiredValidator : AbstractValidator<EditDefinitionCommand>
{
    public EditDocumentRequiredValidator() => RuleFor(c => c.Document).NotNull().WithName("body");
}

internal sealed class CreateDefinitionHandler(IRepository<ProcessDefinition> definitions, DefinitionChecks checks, TimeProvider clock)
    : IRequestHandler<CreateDefinitionCommand, Guid>
{
    public async Task<Guid> Handle(CreateDefinitionCommand command, CancellationToken cancellationToken)
    {
        var id = new ProcessDefinitionId(Guid.NewGuid());
        await checks.EnsureValidAsync(command.Document!, id.Value, cancellationToken);
        definitions.Add(ProcessDefinition.Create(id, command.Document!, clock.GetUtcNow().UtcDateTime));
        return id.Value;
    }
}

internal sealed class EditDefinitionHandler(IRepository<ProcessDefinition> definitions, DefinitionChecks checks, TimeProvider clock)
    : IRequestHandler<EditDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(EditDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(new ProcessDefinitionId(command.Id), forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Process definition", command.Id);
        if (command.ExpectedVersion is { } version)
        {
            definitions.ExpectVersion(definition, version);
        }

        await checks.EnsureValidAsync(command.Document!, command.Id, cancellationToken);
        definition.Edit(command.Document!, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}

internal sealed class ActivateDefinitionHandler(IRepository<ProcessDefinition> definitions, DefinitionReleases releases, DefinitionChecks checks)
    : IRequestHandler<ActivateDefinitionCommand, int>
{
    public async Task<int> Handle(ActivateDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(new ProcessDefinitionId(command.Id), forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Process definition", command.Id);
        await checks.EnsureValidAsync(definition.Draft, command.Id, cancellationToken, toRun: true); // offered actions may have changed since saving
        return await releases.ActivateAsync(definition, cancellationToken);
    }
}

/// <summary>Releasing a checked draft: the new version, and the periodic entry check if the process has one.</summary>
public sealed class DefinitionReleases(IRepository<ProcessVersion> versions, IEngineStore store, TimeProvider clock)
{
    public async Task<int> ActivateAsync(ProcessDefinition definition, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (definition.Activate(now) is { } released)
        {
            versions.Add(released);
        }

        await store.RemovePeriodicChecksAsync(definition.Id, cancellationToken);
        if (definition.Draft.Entry is { Kind: EntryKinds.Periodic, EveryMinutes: { } minutes })
        {
            store.Add(ProcessTimer.PeriodicCheck(definition.Id, now + TimeSpan.FromMinutes(minutes)));
        }

        return definition.ActiveVersion!.Value;
    }
}

internal sealed class DeleteDefinitionHandler(IRepository<ProcessDefinition> definitions) : IRequestHandler<DeleteDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(new ProcessDefinitionId(command.Id), forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Process definition", command.Id);
        definition.Discard();
        definitions.Remove(definition);
        return Unit.Value;
    }
}

internal sealed class StopDefinitionHandler(IRepository<ProcessDefinition> definitions, IEngineStore store, TimeProvider clock)
    : IRequestHandler<StopDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(StopDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(new ProcessDefinitionId(command.Id), forUpdate: true), cancellationToken)
            ?? throw new NotFoundException("Process definition", command.Id);
        definition.Stop(clock.GetUtcNow().UtcDateTime);
        await store.RemovePeriodicChecksAsync(definition.Id, cancellationToken);
        return Unit.Value;
    }
}
