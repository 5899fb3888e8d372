using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Sales.Application.Payments.RecordProviderPayment;
using Crm.Modules.Sales.Application.Purchases;
using Crm.Modules.Sales.Application.Purchases.AssignResponsible;
using Crm.Modules.Sales.Application.Purchases.CreateRenewalOrder;
using Crm.Modules.Sales.Application.Purchases.ForbidAccess;
using Crm.Modules.Sales.Application.Purchases.GetPurchase;
using Crm.Modules.Sales.Application.Purchases.SetRenewal;
using Crm.Modules.Sales.Application.SiteVisits.RecordPageVisit;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Sales.Infrastructure.Api;

/// <summary>/api/sales/purchases, and the two anonymous endpoints outsiders call: the payment provider and the site's tracker.</summary>
internal static class PurchaseEndpoints
{
    public const string SignatureHeader = "X-Signature";

    public sealed record RenewalRequest(RenewalStatus? Status, string? Comment);

    public sealed record ResponsibleRequest(Guid? EmployeeId);

    public static void MapPurchaseEndpoints(this IEndpointRouteBuilder group)
    {
        var purchases = group.MapGroup("/purchases").WithTags("Purchases");
        purchases.MapGet("/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => Show(id, m, ct))
            .WithName("GetPurchase").WithSummary("A purchase: access, start and end, renewal").ProducesProblem(StatusCodes.Status404NotFound);
        purchases.MapPut("/{id:guid}/renewal", async (Guid id, RenewalRequest b, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new SetRenewalCommand(id, b.Status, b.Comment), ct);
            return await Show(id, m, ct);
        }).WithName("SetRenewal").WithSummary("Set the renewal status and comment");
        purchases.MapPut("/{id:guid}/responsible", async (Guid id, ResponsibleRequest b, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new AssignResponsibleCommand(id, b.EmployeeId), ct);
            return await Show(id, m, ct);
        }).WithName("AssignPurchaseResponsible").WithSummary("Change the responsible employee");
        purchases.MapPost("/{id:guid}/forbid-access", async (Guid id, IMediator m, CancellationToken ct) =>
        {
            await m.Send(new ForbidAccessCommand(id), ct);
            return await Show(id, m, ct);
        }).WithName("ForbidAccess").WithSummary("Do not use this purchase for the client's access");
        purchases.MapPost("/{id:guid}/renewal-order", async (Guid id, HttpContext http, IMediator m, CancellationToken ct) =>
        {
            var orderId = await m.Send(new CreateRenewalOrderCommand(id), ct);
            return TypedResults.Created($"/api/sales/orders/{orderId}", (await OrderEndpoints.GetAsync(orderId, http, m, ct)).Value);
        }).WithName("CreateRenewalOrder").WithSummary("Create the order that renews this purchase").ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Anonymous: the payment provider's callback (HMAC-signed body) and the site's tracker.</summary>
    public static void MapPublicSalesEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapPost("/payments/callback", async (HttpRequest request, IMediator m, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync(ct); // the signature is over these exact bytes
            await m.Send(new RecordProviderPaymentCommand(body, request.Headers[SignatureHeader].ToString()), ct);
            return TypedResults.Ok(new { recorded = true });
        }).AllowAnonymousGuardedBy(PublicEndpoint.Guard.Signature).WithTags("Public").WithName("PaymentCallback")
            .WithSummary("The payment provider reports a payment; body {token, providerPaymentId, amount}, header X-Signature: HMAC-SHA256 of the body")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/site-visits", async (RecordPageVisitCommand command, IMediator m, CancellationToken ct) =>
        {
            await m.Send(command, ct);
            return TypedResults.Accepted((string?)null);
        }).AllowAnonymousGuardedBy(PublicEndpoint.Guard.NoneHarmless).WithTags("Public").WithName("RecordPageVisit")
            .WithSummary("The site's tracker: a client (id or e-mail) visited a URL with query parameters. No guard: the tracker runs in "
                + "visitors' browsers, where no secret keeps; a forger can add visits only to a client whose id or e-mail they know");
    }

    private static async Task<Ok<PurchaseDto>> Show(Guid id, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetPurchaseQuery(id), ct));
}
