using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.EditDefinition;

/// <summary>Replace the draft; the released versions stay as they are until the next activation.</summary>
public sealed record EditDefinitionCommand(Guid Id, int? ExpectedVersion, ProcessDocument? Document) : ICommand<Unit>;

internal sealed class EditDefinitionValidator : AbstractValidator<EditDefinitionCommand>
{
    public EditDefinitionValidator() => RuleFor(c => c.Document).NotNull().WithName("body");
}

internal sealed class EditDefinitionHandler(IRepository<ProcessDefinition> definitions, DefinitionChecks checks, TimeProvider clock)
    : IRequestHandler<EditDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(EditDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        await checks.EnsureValidAsync(command.Document!, command.Id, cancellationToken);
        definition.Edit(command.Document!, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
