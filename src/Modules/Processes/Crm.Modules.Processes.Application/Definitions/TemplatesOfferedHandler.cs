using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Definitions;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Processes.Application.Definitions;

/// <summary>
/// Installs the processes a module ships, once: a template whose id already exists is left alone (an
/// administrator may have changed it). A valid template marked so is activated at once; an invalid one stays a
/// draft for an administrator to fix, and the fault is logged.
/// </summary>
internal sealed class TemplatesOfferedHandler(
    IUnitOfWorkLocator unitOfWorks,
    IRepository<ProcessDefinition> definitions,
    DefinitionChecks checks,
    DefinitionReleases releases,
    TimeProvider clock,
    ILogger<TemplatesOfferedHandler> logger) : IntegrationEventHandler<ProcessTemplatesOfferedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(ProcessTemplatesOfferedIntegrationEvent offered, CancellationToken cancellationToken)
    {
        var installing = new Dictionary<Guid, ProcessDocument>();
        foreach (var template in offered.Templates)
        {
            var id = new ProcessDefinitionId(template.DefinitionId);
            if (await definitions.AnyAsync(new DefinitionByIdSpec(id), cancellationToken))
            {
                continue;
            }

            var document = JsonSerializer.Deserialize<ProcessDocument>(template.Document, ProcessJson.Options)
                ?? throw new InvalidOperationException($"Template {template.DefinitionId} of {offered.Module} is empty.");
            var definition = ProcessDefinition.Create(id, document, clock.GetUtcNow().UtcDateTime);
            definitions.Add(definition);
            var problems = await checks.ProblemsAsync(document, id.Value, cancellationToken, offered.Module, installing);
            installing[id.Value] = document;
            if (problems.Count > 0)
            {
                logger.LogError("Process template '{Name}' of {Module} is installed as a draft: {Problems}", document.Name, offered.Module,
                    string.Join("; ", problems.Select(p => $"{p.BlockId}: {p.Message}")));
            }
            else if (template.Activate)
            {
                await releases.ActivateAsync(definition, cancellationToken);
            }
        }
    }
}
