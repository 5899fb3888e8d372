using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Templates.GetSurveyTemplate;

public sealed record GetSurveyTemplateQuery(Guid Id) : IQuery<SurveyTemplateDto>;

/// <summary>One released version of a template, as the surveys filled with it were asked.</summary>
public sealed record GetSurveyTemplateVersionQuery(Guid Id, int Number) : IQuery<SurveyTemplateVersionDto>;

internal sealed class GetSurveyTemplateHandler(IReadRepository<SurveyTemplate> templates) : IRequestHandler<GetSurveyTemplateQuery, SurveyTemplateDto>
{
    public async Task<SurveyTemplateDto> Handle(GetSurveyTemplateQuery query, CancellationToken cancellationToken) =>
        (await templates.GetAsync(query.Id, cancellationToken)).ToDto();
}

internal sealed class GetSurveyTemplateVersionHandler(IReadRepository<SurveyTemplate> templates) : IRequestHandler<GetSurveyTemplateVersionQuery, SurveyTemplateVersionDto>
{
    public async Task<SurveyTemplateVersionDto> Handle(GetSurveyTemplateVersionQuery query, CancellationToken cancellationToken) =>
        ((await templates.GetAsync(query.Id, cancellationToken)).Released(query.Number) ?? throw new NotFoundException("Survey template version", query.Number)).ToDto();
}
