using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.StartReview;

/// <summary>A supervisor takes a registered complaint under review (403 for anybody else).</summary>
public sealed record StartComplaintReviewCommand(Guid ComplaintId, int? ExpectedVersion) : ICommand<Unit>;

internal sealed class StartComplaintReviewHandler(IRepository<Complaint> complaints, QualityPeople people, TimeProvider clock) : IRequestHandler<StartComplaintReviewCommand, Unit>
{
    public async Task<Unit> Handle(StartComplaintReviewCommand command, CancellationToken cancellationToken)
    {
        var supervisor = await people.SupervisorAsync("review a complaint", cancellationToken);
        (await complaints.ForUpdateAsync(command.ComplaintId, people, cancellationToken, command.ExpectedVersion)).StartReview(supervisor, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
