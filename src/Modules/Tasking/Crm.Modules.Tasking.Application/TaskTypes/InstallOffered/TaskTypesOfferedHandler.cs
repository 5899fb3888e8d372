using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Application.Tasks.RequestFromProcess;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Tasking.Application.TaskTypes.InstallOffered;

/// <summary>
/// Installs the task types a module ships, once (ADR 0073): a type whose id exists is left alone, whatever an
/// administrator made of it. Two nodes offering at once race on the id's primary key; the loser's retry finds the
/// type and skips it. A name another type holds gets the module's code in brackets (names stay unique); an offer
/// the directory's rules refuse is logged and skipped, so one bad type does not block the rest.
/// </summary>
internal sealed class TaskTypesOfferedHandler(
    IUnitOfWorkLocator unitOfWorks,
    IRepository<TaskType> types,
    ILogger<TaskTypesOfferedHandler> logger) : IntegrationEventHandler<TaskTypesOfferedIntegrationEvent>(unitOfWorks)
{
    /// <summary>Offered types sort after the built-in ones, in the order the module offers them.</summary>
    public const int FirstSortOrder = 100;

    protected override async Task HandleAsync(TaskTypesOfferedIntegrationEvent offered, CancellationToken cancellationToken)
    {
        var existing = await types.ListAsync(new TaskTypesSpec(), cancellationToken);
        var ids = existing.Select(t => t.Id.Value).ToHashSet();
        var names = existing.Select(t => t.Name.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (offer, index) in offered.Types.Select((t, i) => (t, i)))
        {
            if (!ids.Add(offer.Id))
            {
                continue;
            }

            try
            {
                var type = Install(offer, FreeName(offered.Module, offer, names), FirstSortOrder + index);
                names.Add(type.Name);
                types.Add(type);
            }
            catch (Exception refused) when (refused is ArgumentException or BusinessRuleValidationException)
            {
                logger.LogError(refused, "Task type '{Name}' ({Id}) of {Module} is not installed: {Problem}", offer.Name, offer.Id, offered.Module, refused.Message);
            }
        }
    }

    private static TaskType Install(OfferedTaskType offer, string name, int sortOrder)
    {
        var results = offer.Results.Select(r => new TaskResultOption(r.Code, r.Label, r.RequiresReason, r.AsksForMoment)).ToList();
        var type = TaskType.Create(new TaskTypeId(offer.Id), name, Or(offer.Icon, "task"), Regex.IsMatch(offer.Colour ?? "", TaskType.ColourPattern) ? offer.Colour! : "#607d8b", sortOrder, results, ProcessTaskKinds.From(offer.Kind));
        type.SetAlerts(offer.AlertOnOpen, escalateTo: null); // whom to escalate to is the station's choice, not the module's
        type.SetReactionTime(offer.ReactionTime);
        return type;
    }

    /// <summary>The offered name, or "name (module)" when another type holds it already.</summary>
    private string FreeName(string module, OfferedTaskType offer, HashSet<string> taken)
    {
        var name = offer.Name.Trim();
        if (!taken.Contains(name))
        {
            return name;
        }

        logger.LogWarning("Task type '{Name}' of {Module} clashes with an existing type's name: installed as '{Name} ({Module})'", name, module, name, module);
        return $"{name} ({module})";
    }

    private static string Or(string? value, string fallback) => string.IsNullOrWhiteSpace(value) ? fallback : value;
}
