using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Application.Contacts.ChangeContactNotes;
using Crm.Modules.ServiceStation.Application.Contacts.GetContact;
using Crm.Modules.ServiceStation.Application.Contacts.ListContacts;
using Crm.Modules.ServiceStation.Application.Contacts.NameClient;
using Crm.Modules.ServiceStation.Application.Contacts.RecordContactResult;
using Crm.Modules.ServiceStation.Application.Contacts.RegisterContact;
using Crm.Modules.ServiceStation.Domain.Contacts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/contacts: inbound contacts as the call centre works them.</summary>
internal static class ContactEndpoints
{
    public sealed record NotesRequest(ContactCategory? Category, string? ClientsWords, string? WorksNeeded);

    public sealed record ClientRequest(Guid? ClientId);

    public sealed record ResultRequest(ContactResult? Result, string? Reason);

    public static void MapContactEndpoints(this IEndpointRouteBuilder group)
    {
        var contacts = group.MapGroup("/contacts").WithTags("Service station");
        contacts.MapGet("/", ListAsync).WithName("ListContacts")
            .WithSummary("Contacts, newest first; open=true for those without a result, identified=false for those the operator must identify");
        contacts.MapPost("/", RegisterAsync).WithName("RegisterContact")
            .WithSummary("Record a walk-in, a chat or a call by hand; a phone finds the client as a call's number does");
        contacts.MapGet("/{id:guid}", GetAsync).WithName("GetContact").WithSummary("The contact, with an ETag").ProducesProblem(StatusCodes.Status404NotFound);
        contacts.MapPut("/{id:guid}/notes", (Guid id, NotesRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
                SendAndShowAsync(new ChangeContactNotesCommand(id, IfMatch.Version(http), body.Category, body.ClientsWords, body.WorksNeeded), id, http, m, ct))
            .WithName("ChangeContactNotes").WithSummary("Category, the client's words and the works needed (If-Match supported)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        contacts.MapPost("/{id:guid}/client", (Guid id, ClientRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
                SendAndShowAsync(new NameClientCommand(id, IfMatch.Version(http), body.ClientId), id, http, m, ct))
            .WithName("NameContactClient")
            .WithSummary("Who the client is: a known one, or one just registered in Sales (the contact then awaits Sales' facts); If-Match supported")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        contacts.MapPost("/{id:guid}/result", (Guid id, ResultRequest body, HttpContext http, IMediator m, CancellationToken ct) =>
                SendAndShowAsync(new RecordContactResultCommand(id, IfMatch.Version(http), body.Result, body.Reason), id, http, m, ct))
            .WithName("RecordContactResult").WithSummary("The contact's result; a refusal needs its reason (If-Match supported)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<KeysetPage<ContactDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, bool? open = null, bool? identified = null, Guid? clientId = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListContactsQuery(open, identified, clientId, cursor, limit), ct));

    private static async Task<Created<ContactDto>> RegisterAsync(RegisterContactCommand command, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var id = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/service-station/contacts/{id}", (await GetAsync(id, http, mediator, ct)).Value);
    }

    private static async Task<Ok<ContactDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var contact = await mediator.Send(new GetContactQuery(id), ct);
        IfMatch.SetETag(http, contact.Version);
        return TypedResults.Ok(contact);
    }

    private static async Task<Ok<ContactDto>> SendAndShowAsync(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return await GetAsync(id, http, mediator, ct);
    }
}
