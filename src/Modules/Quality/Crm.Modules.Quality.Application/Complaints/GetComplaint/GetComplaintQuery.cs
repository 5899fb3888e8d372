using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.GetComplaint;

/// <summary>A complaint's card, times in the reader's zone; another employee's complaint is 403 (ADR 0084).</summary>
public sealed record GetComplaintQuery(Guid Id) : IQuery<ComplaintDto>;

internal sealed class GetComplaintHandler(IReadRepository<Complaint> complaints, QualityPeople people, ICurrentEmployee reader) : IRequestHandler<GetComplaintQuery, ComplaintDto>
{
    public async Task<ComplaintDto> Handle(GetComplaintQuery query, CancellationToken cancellationToken) =>
        (await complaints.GetVisibleAsync(query.Id, people, cancellationToken)).ToDto(reader.Show);
}
