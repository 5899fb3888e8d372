using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.CreateDefinition;

/// <summary>An administrator creates a definition (also an import): it starts as a draft.</summary>
public sealed record CreateDefinitionCommand(ProcessDocument? Document) : ICommand<Guid>;

internal sealed class CreateDefinitionValidator : AbstractValidator<CreateDefinitionCommand>
{
    public CreateDefinitionValidator() => RuleFor(c => c.Document).NotNull().WithName("body");
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
