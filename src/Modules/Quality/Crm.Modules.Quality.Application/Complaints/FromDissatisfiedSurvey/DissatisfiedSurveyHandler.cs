using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Complaints.RegisterComplaint;
using Crm.Modules.Quality.Contracts;
using Crm.Modules.Quality.Domain.Complaints;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Quality.Application.Complaints.FromDissatisfiedSurvey;

/// <summary>
/// A dissatisfied survey registers a complaint by itself for each employee who served the client (the seed: the
/// complaint reaches the person who served), the gist being the template's reasons. Once per survey and employee: the
/// origin id is both, so a repeated event or two replicas register one complaint each. An employee Quality cannot
/// name (not on its staff copy, or gone) gets none — a supervisor registers it by hand — and the others still do.
/// </summary>
internal sealed class DissatisfiedSurveyHandler(IUnitOfWorkLocator unitOfWorks, IMediator mediator, ILogger<DissatisfiedSurveyHandler> logger)
    : IntegrationEventHandler<SurveyCompletedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(SurveyCompletedIntegrationEvent survey) => survey.Dissatisfied && survey.ServedBy.Count > 0;

    protected override async Task HandleAsync(SurveyCompletedIntegrationEvent survey, CancellationToken cancellationToken)
    {
        var gist = survey.Reasons.Count > 0
            ? $"Dissatisfied in the survey after service: {string.Join("; ", survey.Reasons)}."
            : "Dissatisfied in the survey after service.";
        foreach (var employee in survey.ServedBy.Distinct())
        {
            try
            {
                await mediator.Send(new RegisterComplaintCommand(
                    survey.ClientId, survey.SubjectType, survey.SubjectId, gist, employee, ComplaintOrigin.Survey, $"{survey.SurveyId}/{employee}", survey.FilledBy),
                    cancellationToken);
            }
            catch (InvalidFieldException unknown)
            {
                logger.LogWarning("Survey {SurveyId}: no complaint for employee {EmployeeId}: {Problem}", survey.SurveyId, employee, unknown.Message);
            }
        }
    }
}
