using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Application.Bookings.AddBookingParts;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.WorkOrders.AddWorkOrderLines;
using Crm.Modules.ServiceStation.Contracts;
using Crm.Modules.SpareParts.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.ServiceStation.Application.PickedParts;

/// <summary>
/// Parts a parts specialist picked in Spare Parts' cart become part lines of the work order or booking, through the
/// same use cases the front office uses (each line names the part by its catalogue id, so a "Select parts" task
/// closes by itself once every part asked for in words is answered). Once per event (the inbox); the answer goes back
/// in the same transaction: added, or refused with the document's reason (closed, cancelled, unknown) and nothing
/// added (ADR 0081).
/// </summary>
internal sealed class PartsPickedHandler(IUnitOfWorkLocator unitOfWorks, IMediator mediator, ILogger<PartsPickedHandler> logger)
    : IntegrationEventHandler<PartsPickedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(PartsPickedHandler));

    protected override bool Concerns(PartsPickedIntegrationEvent picked) =>
        picked.DocumentKind is ServiceStationFacts.WorkOrder or ServiceStationFacts.Booking;

    protected override async Task HandleAsync(PartsPickedIntegrationEvent picked, CancellationToken cancellationToken)
    {
        var lines = picked.Lines.Select(l => new PartInput($"{l.Brand} {l.Article} {l.Name}", l.PartId.ToString(), l.Quantity, l.Price)).ToList();
        try
        {
            IRequest<Unit> add = picked.DocumentKind == ServiceStationFacts.WorkOrder
                ? new AddWorkOrderLinesCommand(picked.DocumentId, null, null, lines)
                : new AddBookingPartsCommand(picked.DocumentId, null, lines);
            await mediator.Send(add, cancellationToken);
        }
        catch (Exception ex) when (Refusal(ex) is { } code)
        {
            _unitOfWork.DiscardChanges(); // in an outbox group this throws, and the event comes again alone (ADR 0045)
            logger.LogWarning("Parts picked {PickId} for {Kind} {Id} refused: {Error}", picked.PickId, picked.DocumentKind, picked.DocumentId, ex.Message);
            _unitOfWork.Publish(new PickedPartsRefusedIntegrationEvent(picked.PickId, picked.CartId, picked.DocumentKind, picked.DocumentId, code, ex.Message));
            return;
        }

        _unitOfWork.Publish(new PickedPartsAddedIntegrationEvent(picked.PickId, picked.CartId, picked.DocumentKind, picked.DocumentId));
    }

    /// <summary>The refusals a person would get from the same request: an answer, not a retry.</summary>
    private static string? Refusal(Exception ex) => ex switch
    {
        BusinessRuleValidationException rule => rule.BrokenRule.Code,
        NotFoundException missing => missing.Code,
        ValidationException => "parts.invalid",
        InvalidFieldException field => field.Code,
        ConflictException conflict => conflict.Code,
        _ => null,
    };
}
