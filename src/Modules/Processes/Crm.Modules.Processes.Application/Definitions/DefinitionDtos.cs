using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Definitions;

public sealed record VersionSummary(int Number, DateTime CreatedAtUtc);

public sealed record DefinitionDto(
    Guid Id,
    string Name,
    string ObjectType,
    DefinitionState State,
    int? ActiveVersion,
    int LatestVersion,
    bool HasUnreleasedChanges,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    int Version,
    ProcessDocument Draft,
    IReadOnlyList<VersionSummary> Versions)
{
    public static DefinitionDto From(ProcessDefinition definition, IEnumerable<ProcessVersion> versions) => new(
        definition.Id.Value, definition.Name, definition.ObjectType, definition.State, definition.ActiveVersion, definition.LatestVersion,
        definition.HasUnreleasedChanges, definition.CreatedAtUtc, definition.UpdatedAtUtc, definition.Version, definition.Draft,
        versions.Select(v => new VersionSummary(v.Number, v.CreatedAtUtc)).ToList());
}

public sealed record DefinitionSummary(Guid Id, string Name, string ObjectType, DefinitionState State, int? ActiveVersion, bool HasUnreleasedChanges);

public sealed record VersionDto(Guid DefinitionId, int Number, DateTime CreatedAtUtc, ProcessDocument Document);

public sealed record ValidationReport(bool Valid, IReadOnlyList<DefinitionProblem> Problems);
