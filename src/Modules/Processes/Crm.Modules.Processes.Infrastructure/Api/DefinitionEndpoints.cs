using System.Text;
using System.Text.Json;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Definitions.ActivateDefinition;
using Crm.Modules.Processes.Application.Definitions.CreateDefinition;
using Crm.Modules.Processes.Application.Definitions.DeleteDefinition;
using Crm.Modules.Processes.Application.Definitions.EditDefinition;
using Crm.Modules.Processes.Application.Definitions.GetDefinition;
using Crm.Modules.Processes.Application.Definitions.GetVersion;
using Crm.Modules.Processes.Application.Definitions.ListDefinitions;
using Crm.Modules.Processes.Application.Definitions.ListStartableDefinitions;
using Crm.Modules.Processes.Application.Definitions.StopDefinition;
using Crm.Modules.Processes.Application.Definitions.ValidateDefinition;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Application.Instances.GetInstance;
using Crm.Modules.Processes.Application.Instances.TestRun;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Processes.Infrastructure.Api;

/// <summary>/api/processes/definitions: drawing, checking, releasing, stopping, exporting and test-running processes.</summary>
internal static class DefinitionEndpoints
{
    public sealed record TestRunRequest(ObjectReference? Object);

    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder group)
    {
        var definitions = group.MapGroup("/definitions").WithTags("Process definitions");
        var admin = definitions.MapGroup("/").RequireAdministrator("edit processes");

        definitions.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListDefinitionsQuery(), ct)))
            .WithName("ListProcessDefinitions").WithSummary("All process definitions with their state");
        definitions.MapGet("/startable", async (IMediator mediator, CancellationToken ct, string objectType, string? objectId = null) =>
                TypedResults.Ok(await mediator.Send(new ListStartableDefinitionsQuery(objectType, objectId), ct)))
            .WithName("ListStartableProcessDefinitions")
            .WithSummary("Active processes of an object type that I may start by hand (main administrator or executor); alreadyRunning for objectId");
        definitions.MapGet("/{id:guid}", GetAsync).WithName("GetProcessDefinition")
            .WithSummary("A definition: its draft, state and released versions; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapGet("/{id:guid}/versions/{number:int}", async (Guid id, int number, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetVersionQuery(id, number), ct)))
            .WithName("GetProcessVersion").WithSummary("A released version as it runs").ProducesProblem(StatusCodes.Status404NotFound);
        definitions.MapPost("/validate", async (ProcessDocument document, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ValidateDefinitionQuery(document, null), ct)))
            .WithName("ValidateProcessDefinition").WithSummary("Check a document without saving: every problem, with its block and exit");
        definitions.MapGet("/{id:guid}/export", ExportAsync).WithName("ExportProcessDefinition")
            .WithSummary("The draft as a JSON file (the documented format)").ProducesProblem(StatusCodes.Status404NotFound);

        admin.MapPost("/", CreateAsync).WithName("CreateProcessDefinition")
            .WithSummary("Create a draft definition (rejected with a problem per fault when invalid)");
        admin.MapPost("/import", CreateAsync).WithName("ImportProcessDefinition")
            .WithSummary("Import an exported definition file as a new draft");
        admin.MapPut("/{id:guid}", EditAsync).WithName("EditProcessDefinition").OmittedMembersTakeDefaults()
            .WithSummary("Replace the draft (a member left out takes its documented default); running instances keep their version").ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        admin.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteDefinitionCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteProcessDefinition").WithSummary("Delete a draft that was never released (a released process is stopped instead)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/activate", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ActivateDefinitionCommand(id), ct);
                return await GetAsync(id, http, mediator, ct);
            })
            .WithName("ActivateProcessDefinition").WithSummary("Release the draft as a new version that new instances run")
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapPost("/{id:guid}/stop", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new StopDefinitionCommand(id), ct);
                return await GetAsync(id, http, mediator, ct);
            })
            .WithName("StopProcessDefinition").WithSummary("No new instances start; running ones go on")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/{id:guid}/test-run", async Task<Created<InstanceDto>> (Guid id, TestRunRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var instance = await mediator.Send(new TestRunCommand(id, body.Object), ct);
                return TypedResults.Created($"/api/processes/instances/{instance}", await mediator.Send(new GetInstanceQuery(instance), ct));
            })
            .WithName("TestRunProcessDefinition").WithSummary("Run the draft on one object; the instance's trace shows every step")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<DefinitionDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var definition = await mediator.Send(new GetDefinitionQuery(id), ct);
        IfMatch.SetETag(http, definition.Version);
        return TypedResults.Ok(definition);
    }

    private static async Task<Created<DefinitionDto>> CreateAsync(ProcessDocument document, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var id = await mediator.Send(new CreateDefinitionCommand(document), ct);
        return TypedResults.Created($"/api/processes/definitions/{id}", (await GetAsync(id, http, mediator, ct)).Value);
    }

    private static async Task<Ok<DefinitionDto>> EditAsync(Guid id, ProcessDocument document, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(new EditDefinitionCommand(id, IfMatch.Version(http), document), ct);
        return await GetAsync(id, http, mediator, ct);
    }

    private static async Task<FileContentHttpResult> ExportAsync(Guid id, IMediator mediator, CancellationToken ct)
    {
        var definition = await mediator.Send(new GetDefinitionQuery(id), ct);
        var json = JsonSerializer.Serialize(definition.Draft, new JsonSerializerOptions(ProcessJson.Options) { WriteIndented = true });
        var name = string.Concat(definition.Name.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
        return TypedResults.File(Encoding.UTF8.GetBytes(json), "application/json", $"{(name.Length > 0 ? name : "process")}.process.json");
    }
}
