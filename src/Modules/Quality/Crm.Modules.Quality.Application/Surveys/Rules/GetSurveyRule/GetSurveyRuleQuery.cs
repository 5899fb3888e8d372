using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Rules.GetSurveyRule;

public sealed record GetSurveyRuleQuery(Guid Id) : IQuery<SurveyRuleDto>;

internal sealed class GetSurveyRuleHandler(IReadRepository<SurveyRule> rules) : IRequestHandler<GetSurveyRuleQuery, SurveyRuleDto>
{
    public async Task<SurveyRuleDto> Handle(GetSurveyRuleQuery query, CancellationToken cancellationToken) => (await rules.GetAsync(query.Id, cancellationToken)).ToDto();
}
