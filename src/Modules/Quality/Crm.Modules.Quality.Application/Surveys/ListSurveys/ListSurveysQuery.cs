using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.ListSurveys;

/// <summary>Surveys by due moment, a page at a time; of one client, about one subject, in one status when asked.</summary>
public sealed record ListSurveysQuery(Guid? ClientId, Guid? SubjectId, SurveyStatus? Status, string? Cursor, int? Limit) : IQuery<KeysetPage<SurveyDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListSurveysValidator : AbstractValidator<ListSurveysQuery>
{
    public ListSurveysValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListSurveysQuery.MaxLimit);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Cursor).Must(QualityCursor.IsValid).WithMessage(QualityCursor.Message);
    }
}

internal sealed class ListSurveysHandler(IReadRepository<Survey> surveys) : IRequestHandler<ListSurveysQuery, KeysetPage<SurveyDto>>
{
    public async Task<KeysetPage<SurveyDto>> Handle(ListSurveysQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListSurveysQuery.DefaultLimit;
        var rows = await surveys.ListAsync(new SurveyListSpec(query, QualityCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<SurveyDto>(page.Select(s => s.ToDto()).ToList(), rows.Count > limit ? QualityCursor.Encode(page[^1].SortKey) : null);
    }
}

public sealed class SurveyListSpec : Specification<Survey>
{
    public SurveyListSpec(ListSurveysQuery filter, string? afterKey, int take) =>
        Query.Where(s => s.ClientId == filter.ClientId, filter.ClientId is not null)
            .Where(s => s.SubjectId == filter.SubjectId, filter.SubjectId is not null)
            .Where(s => s.Status == filter.Status, filter.Status is not null)
            .Where(s => string.Compare(s.SortKey, afterKey) > 0, afterKey is not null)
            .OrderBy(s => s.SortKey)
            .Take(take);
}
