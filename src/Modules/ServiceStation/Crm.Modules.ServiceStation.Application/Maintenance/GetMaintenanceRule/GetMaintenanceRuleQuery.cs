using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Maintenance.GetMaintenanceRule;

public sealed record GetMaintenanceRuleQuery(Guid Id) : IQuery<MaintenanceRuleDto>;

internal sealed class GetMaintenanceRuleHandler(IReadRepository<MaintenanceRule> rules) : IRequestHandler<GetMaintenanceRuleQuery, MaintenanceRuleDto>
{
    public async Task<MaintenanceRuleDto> Handle(GetMaintenanceRuleQuery query, CancellationToken cancellationToken) =>
        (await rules.GetAsync(query.Id, cancellationToken)).ToDto();
}
