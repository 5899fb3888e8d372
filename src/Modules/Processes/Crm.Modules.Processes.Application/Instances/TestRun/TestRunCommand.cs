using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.TestRun;

/// <summary>Run the draft, frozen as it is now, on one object: its trace shows every step it takes.</summary>
public sealed record TestRunCommand(Guid DefinitionId, ObjectReference? Object) : ICommand<Guid>;

internal sealed class TestRunValidator : AbstractValidator<TestRunCommand>
{
    public TestRunValidator()
    {
        RuleFor(c => c.Object).NotNull();
        RuleFor(c => c.Object!.Id).NotEmpty().MaximumLength(128).When(c => c.Object is not null).OverridePropertyName("object.id");
    }
}

internal sealed class TestRunHandler(ProcessRunner runner, IReadRepository<ProcessDefinition> definitions, IRepository<ProcessVersion> versions, DefinitionChecks checks)
    : IRequestHandler<TestRunCommand, Guid>
{
    public async Task<Guid> Handle(TestRunCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(command.DefinitionId, cancellationToken);
        await checks.EnsureValidAsync(definition.Draft, definition.Id.Value, cancellationToken, toRun: true);
        var frozen = ProcessVersion.FreezeForTestRun(definition.Id, definition.Draft, runner.NowUtc);
        versions.Add(frozen);
        return (await runner.StartAsync(frozen, definition.ObjectType, command.Object!.Id, cancellationToken)).Id.Value;
    }
}
