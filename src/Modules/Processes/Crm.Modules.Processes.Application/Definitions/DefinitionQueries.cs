using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions;

public sealed record ListDefinitionsQuery : IQuery<IReadOnlyList<DefinitionSummary>>;

public sealed record GetDefinitionQuery(Guid Id) : IQuery<DefinitionDto>;

public sealed record GetVersionQuery(Guid Id, int Number) : IQuery<VersionDto>;

/// <summary>Checks a document without saving it: the problems an editor shows next to the blocks.</summary>
public sealed record ValidateDefinitionQuery(ProcessDocument? Document, Guid? Id) : IQuery<ValidationReport>;

internal sealed class DefinitionQueryHandlers(IReadRepository<ProcessDefinition> definitions, IReadRepository<ProcessVersion> versions, DefinitionChecks checks) :
    IRequestHandler<ListDefinitionsQuery, IReadOnlyList<DefinitionSummary>>,
    IRequestHandler<GetDefinitionQuery, DefinitionDto>,
    IRequestHandler<GetVersionQuery, VersionDto>,
    IRequestHandler<ValidateDefinitionQuery, ValidationReport>
{
    public async Task<IReadOnlyList<DefinitionSummary>> Handle(ListDefinitionsQuery query, CancellationToken cancellationToken) =>
        (await definitions.ListAsync(new DefinitionsSpec(), cancellationToken))
            .Select(d => new DefinitionSummary(d.Id.Value, d.Name, d.ObjectType, d.State, d.ActiveVersion, d.HasUnreleasedChanges)).ToList();

    public async Task<DefinitionDto> Handle(GetDefinitionQuery query, CancellationToken cancellationToken)
    {
        var id = new ProcessDefinitionId(query.Id);
        var definition = await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(id), cancellationToken)
            ?? throw new NotFoundException("Process definition", query.Id);
        return DefinitionDto.From(definition, await versions.ListAsync(new VersionsOfSpec(id), cancellationToken));
    }

    public async Task<VersionDto> Handle(GetVersionQuery query, CancellationToken cancellationToken)
    {
        var version = await versions.FirstOrDefaultAsync(new VersionsOfSpec(new ProcessDefinitionId(query.Id), query.Number), cancellationToken)
            ?? throw new NotFoundException("Process version", $"{query.Id}/{query.Number}");
        return new VersionDto(query.Id, version.Number, version.CreatedAtUtc, version.Document);
    }

    public async Task<ValidationReport> Handle(ValidateDefinitionQuery query, CancellationToken cancellationToken)
    {
        var problems = query.Document is null
            ? [new DefinitionProblem("definition.missing", "Send the definition document as the body.")]
            : await checks.ProblemsAsync(query.Document, query.Id ?? Guid.Empty, cancellationToken);
        return new ValidationReport(problems.Count == 0, problems);
    }
}
