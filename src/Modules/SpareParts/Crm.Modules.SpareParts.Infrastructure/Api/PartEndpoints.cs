using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.Parts.GetPart;
using Crm.Modules.SpareParts.Application.Parts.RegisterPart;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/parts: the catalogue.</summary>
internal static class PartEndpoints
{
    public const string Root = "/api/spare-parts/parts";

    public static void MapPartEndpoints(this IEndpointRouteBuilder group)
    {
        var parts = group.MapGroup("/parts").WithTags("Parts");
        parts.MapPost("/", (RegisterPartCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetPartQuery(id), h, m, ct))
            .WithName("RegisterPart").WithSummary("A part enters the catalogue; one brand's article is one part")
            .ProducesProblem(StatusCodes.Status409Conflict);
        parts.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetPartQuery(id), h, m, ct))
            .WithName("GetPart").WithSummary("A part's card; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
