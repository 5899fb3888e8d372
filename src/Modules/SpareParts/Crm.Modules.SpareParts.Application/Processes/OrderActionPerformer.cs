using System.Globalization;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Sales;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>One branch per offered action; each goes through the same desk and aggregate methods an employee's request does.</summary>
public sealed class OrderActionPerformer(IRepository<CustomerOrder> orders, IRepository<Sale> sales, OrderDesk desk, TimeProvider clock)
{
    public async Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken ct)
    {
        if (request.Subject.Type != SparePartsFacts.CustomerOrder)
        {
            throw new InvalidFieldException("subject", $"'{request.Action}' works on customer orders, not on {request.Subject.Type}.");
        }

        var order = await orders.ForUpdateAsync(Guid.TryParse(request.Subject.Id, out var id) ? id : throw new NotFoundException(request.Subject.Type, request.Subject.Id), ct);
        var by = request.ActingEmployeeId ?? order.ManagerId;
        var now = clock.GetUtcNow().UtcDateTime;
        var line = OptionalId(request, "line-id");
        switch (request.Action)
        {
            case SparePartsActionCatalog.SetReserve:
                foreach (var lineId in line is { } one ? [one] : order.Lines.Where(l => !l.IsReserved).Select(l => l.Id).ToList())
                {
                    await desk.SetReserveAsync(order, lineId, Quantity(request), by, now, ct);
                }

                break;
            case SparePartsActionCatalog.ReleaseReserve:
                foreach (var lineId in line is { } one ? [one] : order.Lines.Where(l => l.Reserved > 0).Select(l => l.Id).ToList())
                {
                    await desk.ReleaseAsync(order, lineId, Moment(request, "supply-deadline"), by, now, ct);
                }

                break;
            case SparePartsActionCatalog.RegisterSale:
                sales.Add(await desk.SellAsync(order, by, now, ct));
                break;
            case SparePartsActionCatalog.SetSupplyDeadline:
                var deadline = Moment(request, "supply-deadline") ?? throw new InvalidFieldException("supply-deadline", $"'{request.Action}' needs the parameter 'supply-deadline'.");
                foreach (var lineId in line is { } one ? [one] : order.Lines.Where(l => !l.IsReserved).Select(l => l.Id).ToList())
                {
                    order.SetSupplyDeadline(lineId, deadline, now);
                }

                break;
            default:
                throw new InvalidFieldException("action", $"Spare Parts does not offer '{request.Action}'.");
        }
    }

    private static string? Parameter(ActionRequestedIntegrationEvent request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static Guid? OptionalId(ActionRequestedIntegrationEvent request, string name) =>
        Parameter(request, name) is not { } text ? null
        : Guid.TryParse(text, out var id) ? id : throw new InvalidFieldException(name, $"'{text}' is not an id.");

    private static decimal? Quantity(ActionRequestedIntegrationEvent request) =>
        Parameter(request, "quantity") is not { } text ? null
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var q) && q > 0 ? q : throw new InvalidFieldException("quantity", $"'{text}' is not a quantity.");

    private static DateTime? Moment(ActionRequestedIntegrationEvent request, string name) =>
        Parameter(request, name) is not { } text ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) ? moment.UtcDateTime
        : throw new InvalidFieldException(name, $"'{text}' is not a moment (ISO 8601 with an offset).");
}
