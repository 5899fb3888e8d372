using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>What a manual start needs of a definition: its state, and the version new instances start with (if any).</summary>
public sealed record StartingPoint(DefinitionState State, ProcessVersion? Version);

/// <summary>Reads a definition's starting point in one query, without its draft (the version's document is cached).</summary>
public interface IStartingPoints
{
    /// <summary>Null: no such definition.</summary>
    Task<StartingPoint?> FindAsync(ProcessDefinitionId definition, CancellationToken cancellationToken);
}
