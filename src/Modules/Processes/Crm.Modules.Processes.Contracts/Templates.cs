using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Processes.Contracts;

/// <summary>
/// A module ships ready-made processes for its objects (published on every start-up). Processes installs each
/// template once, under the id the module chose — so templates can call each other as subprocesses — and never
/// overwrites it afterwards: administrators own it from then on.
/// </summary>
public sealed record ProcessTemplatesOfferedIntegrationEvent(string Module, IReadOnlyList<ProcessTemplate> Templates) : IntegrationEvent;

/// <summary>A definition in the documented JSON format (docs/process-definitions.md); subprocesses first.</summary>
public sealed record ProcessTemplate(Guid DefinitionId, string Document, bool Activate);
