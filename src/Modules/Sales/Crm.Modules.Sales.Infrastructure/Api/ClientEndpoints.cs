using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Sales.Application.Clients.ChangeClient;
using Crm.Modules.Sales.Application.Clients.CommentClient;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Clients.ListClients;
using Crm.Modules.Sales.Application.Clients.RegisterClient;
using Crm.Modules.Sales.Application.Clients.TagClient;
using Crm.Modules.Sales.Application.Messages.SendMessage;
using Crm.Modules.Sales.Domain.Messages;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Sales.Infrastructure.Api;

/// <summary>/api/sales/clients: the client list, the client's card and what managers do on it.</summary>
internal static class ClientEndpoints
{
    public sealed record ChangeClientRequest(string? Name, string? Email, string? Phone, string? Telegram, string? TimeZone);

    public sealed record TextRequest(string? Text);

    public sealed record TagsRequest(IReadOnlyList<string>? Add, string? Remove);

    public sealed record MessageRequest(MessageChannel? Channel, string? Subject, string? Text, Guid? OrderId);

    public static void MapClientEndpoints(this IEndpointRouteBuilder group)
    {
        var clients = group.MapGroup("/clients").WithTags("Clients");
        clients.MapGet("/", ListAsync).WithName("ListClients").WithSummary("Clients, newest first; search by the start of the name or e-mail");
        clients.MapPost("/", RegisterAsync).WithName("RegisterClient").WithSummary("Register a client; a taken e-mail is 409 with existingClientId")
            .ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapGet("/{id:guid}", GetAsync).WithName("GetClientCard")
            .WithSummary("The client's card: contacts, orders, purchases, comments, communication history, messages").ProducesProblem(StatusCodes.Status404NotFound);
        clients.MapPut("/{id:guid}", (Guid id, ChangeClientRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new ChangeClientCommand(id, IfMatch.Version(http), body.Name, body.Email, body.Phone, body.Telegram, body.TimeZone), id, http, mediator, ct))
            .WithName("ChangeClient").WithSummary("Edit name, contacts and time zone (If-Match supported)").ProducesProblem(StatusCodes.Status409Conflict);
        clients.MapPost("/{id:guid}/comments", (Guid id, TextRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new CommentClientCommand(id, body.Text), id, http, mediator, ct))
            .WithName("CommentClient").WithSummary("Leave a comment on the card");
        clients.MapPost("/{id:guid}/tags", (Guid id, TagsRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new TagClientCommand(id, body.Add, body.Remove), id, http, mediator, ct))
            .WithName("TagClient").WithSummary("Add tags and/or remove one");
        clients.MapPost("/{id:guid}/messages", SendMessageAsync).WithName("SendClientMessage")
            .WithSummary("Send a message (Email, Sms, Telegram); delivered in the background, status on the card").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<KeysetPage<ClientSummaryDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, string? search = null, string? tag = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListClientsQuery(search, tag, cursor, limit), ct));

    private static async Task<Created<ClientCardDto>> RegisterAsync(RegisterClientCommand command, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var id = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/sales/clients/{id}", (await GetAsync(id, http, mediator, ct)).Value);
    }

    private static async Task<Created<ClientCardDto>> SendMessageAsync(Guid id, MessageRequest body, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var messageId = await mediator.Send(new SendMessageCommand(id, body.Channel, body.Subject, body.Text, body.OrderId), ct);
        return TypedResults.Created($"/api/sales/clients/{id}#message-{messageId}", (await GetAsync(id, http, mediator, ct)).Value);
    }

    private static async Task<Ok<ClientCardDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var card = await mediator.Send(new GetClientCardQuery(id), ct);
        IfMatch.SetETag(http, card.Version);
        return TypedResults.Ok(card);
    }

    private static async Task<Ok<ClientCardDto>> SendAndShowAsync(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return await GetAsync(id, http, mediator, ct);
    }
}
