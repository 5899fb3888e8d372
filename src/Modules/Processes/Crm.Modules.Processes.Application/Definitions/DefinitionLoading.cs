using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Definitions;

/// <summary>A definition named by id, for the use cases that read or change one: 404 "Process definition" when unknown.</summary>
internal static class DefinitionLoading
{
    public const string What = "Process definition";

    public static Task<ProcessDefinition> GetAsync(this IReadRepository<ProcessDefinition> definitions, Guid id, CancellationToken cancellationToken) =>
        definitions.FirstOrNotFoundAsync(new DefinitionByIdSpec(new ProcessDefinitionId(id)), What, id, cancellationToken);

    public static Task<ProcessDefinition> ForUpdateAsync(
        this IRepository<ProcessDefinition> definitions, Guid id, CancellationToken cancellationToken, int? expectedVersion = null) =>
        definitions.LoadForUpdateAsync(new DefinitionByIdSpec(new ProcessDefinitionId(id), forUpdate: true), What, id, cancellationToken, expectedVersion);
}
