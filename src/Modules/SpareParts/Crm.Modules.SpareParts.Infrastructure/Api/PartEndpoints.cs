using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Modules.SpareParts.Application.Parts.ChangePart;
using Crm.Modules.SpareParts.Application.Parts.FindParts;
using Crm.Modules.SpareParts.Application.Parts.GetPart;
using Crm.Modules.SpareParts.Application.Parts.RegisterPart;
using Crm.Modules.SpareParts.Application.Parts.SetAnalogues;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/parts: the catalogue.</summary>
internal static class PartEndpoints
{
    public const string Root = "/api/spare-parts/parts";

    public sealed record PartRequest(string? Article, string? Brand, string? Name, string? Unit, decimal? Price);

    public sealed record AnaloguesRequest(IReadOnlyList<AnalogueInput?>? Analogues);

    public static void MapPartEndpoints(this IEndpointRouteBuilder group)
    {
        var parts = group.MapGroup("/parts").WithTags("Parts");
        parts.MapGet("/", FindAsync).WithName("FindParts")
            .WithSummary("Parts by brand then article; by article (any way written) with its analogues, by words of the name, of a brand; keyset paging");
        parts.MapPost("/", (RegisterPartCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetPartQuery(id), h, m, ct))
            .WithName("RegisterPart").WithSummary("A part enters the catalogue; one brand's article is one part")
            .ProducesProblem(StatusCodes.Status409Conflict);
        parts.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetPartQuery(id), h, m, ct))
            .WithName("GetPart").WithSummary("A part's card with its analogues; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        parts.MapPut("/{id:guid}", (Guid id, PartRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new ChangePartCommand(id, IfMatch.Version(h), b.Article, b.Brand, b.Name, b.Unit, b.Price), id, h, m, ct))
            .WithName("ChangePart").WithSummary("Correct or reprice a part; its article may not become another part's of the same brand").Card();
        parts.MapPut("/{id:guid}/analogues", (Guid id, AnaloguesRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new SetAnaloguesCommand(id, IfMatch.Version(h), b.Analogues), id, h, m, ct))
            .WithName("SetPartAnalogues").WithSummary("Replace the part's analogues (brand and article each; an empty list clears them)").Card();
    }

    private static async Task<Ok<KeysetPage<PartHitDto>>> FindAsync(IMediator mediator, CancellationToken ct,
        string? article = null, string? q = null, string? brand = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new FindPartsQuery(article, q, brand, cursor, limit), ct));

    private static Task<Ok<PartDto>> Run(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ChangeAsync(command, new GetPartQuery(id), http, mediator, ct);
}
