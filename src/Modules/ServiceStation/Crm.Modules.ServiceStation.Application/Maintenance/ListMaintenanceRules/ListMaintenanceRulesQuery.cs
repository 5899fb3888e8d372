using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Maintenance.ListMaintenanceRules;

/// <summary>Maintenance rules, oldest first, a page at a time; only active or inactive ones when asked.</summary>
public sealed record ListMaintenanceRulesQuery(bool? Active, string? Cursor, int? Limit) : IQuery<KeysetPage<MaintenanceRuleDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListMaintenanceRulesValidator : AbstractValidator<ListMaintenanceRulesQuery>
{
    public ListMaintenanceRulesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMaintenanceRulesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(StationCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListMaintenanceRulesHandler(IReadRepository<MaintenanceRule> rules) : IRequestHandler<ListMaintenanceRulesQuery, KeysetPage<MaintenanceRuleDto>>
{
    public async Task<KeysetPage<MaintenanceRuleDto>> Handle(ListMaintenanceRulesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListMaintenanceRulesQuery.DefaultLimit;
        var rows = await rules.ListAsync(new MaintenanceRuleListSpec(query.Active, StationCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<MaintenanceRuleDto>(page.Select(r => r.ToDto()).ToList(), rows.Count > limit ? StationCursor.Encode(page[^1].SortKey) : null);
    }
}

public sealed class MaintenanceRuleListSpec : Specification<MaintenanceRule>
{
    public MaintenanceRuleListSpec(bool? active, string? afterKey, int take)
    {
        Query.Where(r => r.IsActive == active, active is not null)
            .Where(r => string.Compare(r.SortKey, afterKey) > 0, afterKey is not null)
            .OrderBy(r => r.SortKey)
            .Take(take);
    }
}
