using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Rules.ListSurveyRules;

/// <summary>Survey rules, oldest first, a page at a time; only active or inactive ones when asked.</summary>
public sealed record ListSurveyRulesQuery(bool? Active, string? Cursor, int? Limit) : IQuery<KeysetPage<SurveyRuleDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListSurveyRulesValidator : AbstractValidator<ListSurveyRulesQuery>
{
    public ListSurveyRulesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListSurveyRulesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(QualityCursor.IsValid).WithMessage(QualityCursor.Message);
    }
}

internal sealed class ListSurveyRulesHandler(IReadRepository<SurveyRule> rules) : IRequestHandler<ListSurveyRulesQuery, KeysetPage<SurveyRuleDto>>
{
    public async Task<KeysetPage<SurveyRuleDto>> Handle(ListSurveyRulesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListSurveyRulesQuery.DefaultLimit;
        var rows = await rules.ListAsync(new SurveyRuleListSpec(query.Active, QualityCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<SurveyRuleDto>(page.Select(r => r.ToDto()).ToList(), rows.Count > limit ? QualityCursor.Encode(page[^1].SortKey) : null);
    }
}

public sealed class SurveyRuleListSpec : Specification<SurveyRule>
{
    public SurveyRuleListSpec(bool? active, string? afterKey, int take) =>
        Query.Where(r => r.IsActive == active, active is not null)
            .Where(r => string.Compare(r.SortKey, afterKey) > 0, afterKey is not null)
            .OrderBy(r => r.SortKey)
            .Take(take);
}
