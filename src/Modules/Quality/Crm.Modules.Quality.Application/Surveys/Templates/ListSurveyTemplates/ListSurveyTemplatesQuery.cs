using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Templates.ListSurveyTemplates;

/// <summary>Survey templates, oldest first, a page at a time (each with its current version).</summary>
public sealed record ListSurveyTemplatesQuery(string? Cursor, int? Limit) : IQuery<KeysetPage<SurveyTemplateDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListSurveyTemplatesValidator : AbstractValidator<ListSurveyTemplatesQuery>
{
    public ListSurveyTemplatesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListSurveyTemplatesQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(QualityCursor.IsValid).WithMessage(QualityCursor.Message);
    }
}

internal sealed class ListSurveyTemplatesHandler(IReadRepository<SurveyTemplate> templates) : IRequestHandler<ListSurveyTemplatesQuery, KeysetPage<SurveyTemplateDto>>
{
    public async Task<KeysetPage<SurveyTemplateDto>> Handle(ListSurveyTemplatesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListSurveyTemplatesQuery.DefaultLimit;
        var rows = await templates.ListAsync(new SurveyTemplateListSpec(QualityCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<SurveyTemplateDto>(page.Select(t => t.ToDto()).ToList(), rows.Count > limit ? QualityCursor.Encode(page[^1].SortKey) : null);
    }
}

public sealed class SurveyTemplateListSpec : Specification<SurveyTemplate>
{
    public SurveyTemplateListSpec(string? afterKey, int take) =>
        Query.Where(t => string.Compare(t.SortKey, afterKey) > 0, afterKey is not null).OrderBy(t => t.SortKey).Take(take).Include(t => t.Versions);
}
