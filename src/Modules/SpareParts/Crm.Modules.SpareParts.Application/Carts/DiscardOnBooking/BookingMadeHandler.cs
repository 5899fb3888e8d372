using System.Text.Json;
using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.SpareParts.Domain.Carts;

namespace Crm.Modules.SpareParts.Application.Carts.DiscardOnBooking;

/// <summary>
/// A booking (the seed's repair request) made from a contact or an estimate discards the open carts opened for that
/// contact or estimate (from it, or from a task about it): the parts now travel with the booking. The station
/// publishes no event of its own for this, so its booking facts ("created", with contact.id and estimate.id) are read
/// (ADR 0081). A cart whose parts are on their way to a document is left to that answer.
/// </summary>
internal sealed class BookingMadeHandler(IUnitOfWorkLocator unitOfWorks, IRepository<Cart> carts, TimeProvider clock)
    : IntegrationEventHandler<FactsReportedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(FactsReportedIntegrationEvent facts) =>
        facts.Object.Type == CartSource.Booking && facts.Event == FactsReportedIntegrationEvent.Created;

    protected override async Task HandleAsync(FactsReportedIntegrationEvent facts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (kind, fact) in new[] { (CartSource.Contact, "contact.id"), (CartSource.Estimate, "estimate.id") })
        {
            if (Id(facts, fact) is not { } id)
            {
                continue;
            }

            foreach (var cart in await carts.ListAsync(new OpenCartsOfSpec(kind, id), cancellationToken))
            {
                cart.Discard($"Booking {facts.Object.Id} was made from the {kind}.", now);
            }
        }
    }

    /// <summary>Fact values arrive as JSON through the outbox, or as the values themselves in the same process.</summary>
    private static Guid? Id(FactsReportedIntegrationEvent facts, string name) =>
        facts.Facts.TryGetValue(name, out var value) && (value is JsonElement { ValueKind: JsonValueKind.String } e ? e.GetString() : value as string) is { } text
            && Guid.TryParse(text, out var id) ? id : null;
}

public sealed class OpenCartsOfSpec : Specification<Cart>
{
    public OpenCartsOfSpec(string kind, Guid id) =>
        Query.Where(c => c.State == CartState.Open && c.AwaitedPickId == null
                && ((c.Source.Kind == kind && c.Source.Id == id) || (c.Source.SubjectType == kind && c.Source.SubjectId == id)))
            .AsTracking();
}
