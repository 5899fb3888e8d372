using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.GetSurvey;

public sealed record GetSurveyQuery(Guid Id) : IQuery<SurveyDto>;

internal sealed class GetSurveyHandler(IReadRepository<Survey> surveys) : IRequestHandler<GetSurveyQuery, SurveyDto>
{
    public async Task<SurveyDto> Handle(GetSurveyQuery query, CancellationToken cancellationToken) => (await surveys.GetAsync(query.Id, cancellationToken)).ToDto();
}
