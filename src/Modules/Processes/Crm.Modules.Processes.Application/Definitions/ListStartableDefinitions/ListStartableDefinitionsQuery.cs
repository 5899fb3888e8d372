using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Instances;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.ListStartableDefinitions;

/// <summary>
/// A process the signed-in employee may start by hand on an object of this type. <see cref="AlreadyRunning"/>
/// (when an object id was given): one runs on it and the process allows only one, so a start would answer 409.
/// </summary>
public sealed record StartableDefinitionDto(Guid Id, string Name, string ObjectType, string EntryKind, int Priority, bool AllowConcurrentInstances, bool AlreadyRunning);

/// <summary>What an object's card offers under "start a process": active processes of its type that the employee may start.</summary>
public sealed record ListStartableDefinitionsQuery(string? ObjectType, string? ObjectId) : IQuery<IReadOnlyList<StartableDefinitionDto>>;

internal sealed class ListStartableDefinitionsValidator : AbstractValidator<ListStartableDefinitionsQuery>
{
    public ListStartableDefinitionsValidator()
    {
        RuleFor(q => q.ObjectType).NotEmpty().MaximumLength(64);
        RuleFor(q => q.ObjectId).MaximumLength(128);
    }
}

internal sealed class ListStartableDefinitionsHandler(IEngineStore store, ProcessStarters starters)
    : IRequestHandler<ListStartableDefinitionsQuery, IReadOnlyList<StartableDefinitionDto>>
{
    public async Task<IReadOnlyList<StartableDefinitionDto>> Handle(ListStartableDefinitionsQuery query, CancellationToken cancellationToken)
    {
        var me = starters.Me;
        var type = query.ObjectType!.Trim().ToLowerInvariant();
        var startable = new List<StartableDefinitionDto>();
        foreach (var version in await store.StartingVersionsAsync(type, entryKind: null, fact: null, cancellationToken))
        {
            if (!me.MayStart(version.Document))
            {
                continue;
            }

            var running = !version.Document.AllowConcurrentInstances && !string.IsNullOrWhiteSpace(query.ObjectId)
                && await store.IsRunningAsync(version.DefinitionId, type, query.ObjectId.Trim(), cancellationToken);
            startable.Add(new StartableDefinitionDto(
                version.DefinitionId.Value, version.Document.Name, version.ObjectType, version.Document.Entry.Kind, version.Document.Priority,
                version.Document.AllowConcurrentInstances, running));
        }

        return startable.OrderByDescending(d => d.Priority).ThenBy(d => d.Name, StringComparer.CurrentCulture).ToList();
    }
}
