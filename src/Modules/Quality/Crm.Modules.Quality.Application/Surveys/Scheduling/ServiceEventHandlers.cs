using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Modules.ServiceStation.Contracts;
using Crm.Modules.SpareParts.Contracts;

namespace Crm.Modules.Quality.Application.Surveys.Scheduling;

/// <summary>A work order closed (Service Station): the client was served by its master consultant and technicians.</summary>
internal sealed class WorkOrderClosedHandler(IUnitOfWorkLocator unitOfWorks, SurveyScheduler scheduler)
    : IntegrationEventHandler<WorkOrderClosedIntegrationEvent>(unitOfWorks)
{
    protected override Task HandleAsync(WorkOrderClosedIntegrationEvent closed, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(new ServiceDone(
            SurveyTrigger.WorkOrderClosed, closed.ClientId, new SurveySubject(SurveySubject.WorkOrder, closed.WorkOrderId),
            [closed.MasterConsultantId, .. closed.TechnicianIds], closed.ClosedAtUtc), cancellationToken);
}

/// <summary>A parts sale completed (Spare Parts): the client was served by the order's manager. A sale without a client is nobody to ask.</summary>
internal sealed class PartsSaleCompletedHandler(IUnitOfWorkLocator unitOfWorks, SurveyScheduler scheduler)
    : IntegrationEventHandler<PartsSaleCompletedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(PartsSaleCompletedIntegrationEvent sale) => sale.ClientId is not null;

    protected override Task HandleAsync(PartsSaleCompletedIntegrationEvent sale, CancellationToken cancellationToken) =>
        scheduler.ScheduleAsync(new ServiceDone(
            SurveyTrigger.PartsSaleCompleted, sale.ClientId!.Value, new SurveySubject(SurveySubject.Sale, sale.SaleId), [sale.ManagerId], sale.CompletedAtUtc), cancellationToken);
}
