using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;
using MediatR;

namespace Crm.Modules.Quality.Application.Violations.GetViolation;

/// <summary>A violation's card, times in the reader's zone; another employee's violation is 403 (ADR 0084).</summary>
public sealed record GetViolationQuery(Guid Id) : IQuery<ViolationDto>;

internal sealed class GetViolationHandler(IReadRepository<Violation> violations, QualityPeople people, ICurrentEmployee reader) : IRequestHandler<GetViolationQuery, ViolationDto>
{
    public async Task<ViolationDto> Handle(GetViolationQuery query, CancellationToken cancellationToken) =>
        (await violations.GetVisibleAsync(query.Id, people, cancellationToken)).ToDto(reader.Show);
}
