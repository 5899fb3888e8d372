using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using FluentValidation;
using FluentValidation.Results;

namespace Crm.Modules.Processes.Application.Definitions;

/// <summary>
/// Validates a definition against the world it will run in (actions modules offer now, other definitions it
/// calls) and turns faults into 400 field errors such as <c>blocks[ask].exits.yes</c>.
/// </summary>
public sealed class DefinitionChecks(IEngineStore store, IReadRepository<ProcessDefinition> definitions)
{
    /// <param name="shippedBy">A module installing its own template: its actions count as offered even if its
    /// announcement has not arrived yet (both travel at start-up, in no guaranteed order).</param>
    /// <param name="installing">Templates installed in the same transaction, not saved yet, that this one may call.</param>
    public async Task<IReadOnlyList<DefinitionProblem>> ProblemsAsync(
        ProcessDocument document, Guid self, CancellationToken cancellationToken, string? shippedBy = null, IReadOnlyDictionary<Guid, ProcessDocument>? installing = null)
    {
        var offered = (await store.OfferedActionsAsync(cancellationToken)).Select(a => (a.Module, a.Name, a.ObjectType)).ToHashSet();
        var subprocesses = (installing ?? new Dictionary<Guid, ProcessDocument>()).ToDictionary(i => i.Key, i => (SubprocessInfo?)Describe(i.Value));
        await CollectSubprocessesAsync(document, subprocesses, cancellationToken);
        return DefinitionValidator.Validate(document, self, new Context(offered, subprocesses, shippedBy));
    }

    /// <param name="toRun">Activation or a test run: every subprocess it calls must have a released version.</param>
    public async Task EnsureValidAsync(ProcessDocument document, Guid self, CancellationToken cancellationToken, bool toRun = false)
    {
        var problems = (await ProblemsAsync(document, self, cancellationToken)).Concat(toRun ? await UnreleasedCallsAsync(document, cancellationToken) : []).ToList();
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(ToFailure));
        }
    }

    public async Task<IReadOnlyList<DefinitionProblem>> UnreleasedCallsAsync(ProcessDocument document, CancellationToken cancellationToken)
    {
        var problems = new List<DefinitionProblem>();
        foreach (var block in document.Blocks)
        {
            if (block.DefinitionId is { } called && await store.CurrentVersionAsync(new ProcessDefinitionId(called), cancellationToken) is null)
            {
                problems.Add(new("subprocess.not-released", "The subprocess has never been activated: activate it first.", block.Id));
            }
        }

        return problems;
    }

    public static ValidationFailure ToFailure(DefinitionProblem problem)
    {
        var field = problem.BlockId is null ? "definition" : $"blocks[{problem.BlockId}]" + (problem.Exit is null ? string.Empty : $".exits.{problem.Exit}");
        return new ValidationFailure(field, $"{problem.Code}: {problem.Message}") { ErrorCode = problem.Code };
    }

    /// <summary>Loads the definitions reachable through subprocess blocks (their current version, else their draft).</summary>
    private async Task CollectSubprocessesAsync(ProcessDocument document, Dictionary<Guid, SubprocessInfo?> found, CancellationToken cancellationToken)
    {
        foreach (var called in document.CalledDefinitions())
        {
            if (found.ContainsKey(called))
            {
                continue;
            }

            var definitionId = new ProcessDefinitionId(called);
            var version = await store.CurrentVersionAsync(definitionId, cancellationToken);
            var calledDocument = version?.Document ?? (await definitions.FirstOrDefaultAsync(new DefinitionByIdSpec(definitionId), cancellationToken))?.Draft;
            found[called] = calledDocument is null ? null : Describe(calledDocument);
            if (calledDocument is not null)
            {
                await CollectSubprocessesAsync(calledDocument, found, cancellationToken);
            }
        }
    }

    private static SubprocessInfo Describe(ProcessDocument document) => new(document.Outcomes(), document.CalledDefinitions());

    private sealed class Context(HashSet<(string Module, string Name, string ObjectType)> offered, Dictionary<Guid, SubprocessInfo?> subprocesses, string? shippedBy)
        : IDefinitionContext
    {
        public bool IsOffered(string module, string action, string objectType) =>
            module == shippedBy || offered.Contains((module, action, objectType.ToLowerInvariant()));

        public SubprocessInfo? FindSubprocess(Guid definitionId) => subprocesses.GetValueOrDefault(definitionId);
    }
}

public sealed class DefinitionByIdSpec : Specification<ProcessDefinition>
{
    public DefinitionByIdSpec(ProcessDefinitionId id, bool forUpdate = false)
    {
        Query.Where(d => d.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class DefinitionsSpec : Specification<ProcessDefinition>
{
    public DefinitionsSpec() => Query.OrderBy(d => d.CreatedAtUtc);
}

public sealed class VersionsOfSpec : Specification<ProcessVersion>
{
    public VersionsOfSpec(ProcessDefinitionId id, int? number = null) =>
        Query.Where(v => v.DefinitionId == id && v.Number > 0).Where(v => v.Number == number, number is not null).OrderByDescending(v => v.Number);
}
