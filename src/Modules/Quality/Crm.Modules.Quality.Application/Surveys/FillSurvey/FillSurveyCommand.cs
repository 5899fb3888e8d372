using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Application.Surveys.Templates;
using Crm.Modules.Quality.Contracts;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.FillSurvey;

public sealed record AnswerInput(string? Code, int? Score, bool? Yes, string? Choice, string? Text);

/// <summary>
/// The client's answers, filled by the signed-in employee with the template's current version. A score off the scale,
/// a choice not offered, a question the template does not ask: 400 naming the answer. The survey completed is told to
/// processes (its task closes by itself) and to other modules (<see cref="SurveyCompletedIntegrationEvent"/>).
/// </summary>
public sealed record FillSurveyCommand(Guid SurveyId, int? ExpectedVersion, IReadOnlyList<AnswerInput>? Answers) : ICommand<Unit>;

internal sealed class FillSurveyValidator : AbstractValidator<FillSurveyCommand>
{
    public FillSurveyValidator()
    {
        RuleFor(c => c.Answers).NotNull();
        RuleForEach(c => c.Answers).NotNull().ChildRules(a => a.RuleFor(x => x!.Code).NotEmpty().MaximumLength(SurveyQuestion.CodeMaxLength));
    }
}

internal sealed class FillSurveyHandler(
    IRepository<Survey> surveys, IReadRepository<SurveyTemplate> templates, ICurrentEmployee employee, IUnitOfWorkLocator unitOfWorks, TimeProvider clock)
    : IRequestHandler<FillSurveyCommand, Unit>
{
    public async Task<Unit> Handle(FillSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.ForUpdateAsync(command.SurveyId, cancellationToken, command.ExpectedVersion);
        var template = (await templates.GetAsync(survey.TemplateId, cancellationToken)).Current;
        var answers = command.Answers!.Select(a => new SurveyAnswer(a!.Code!.Trim(), a.Score, a.Yes, a.Choice?.Trim(), a.Text?.Trim())).ToList();
        if (survey.IsOpen && SurveyAnswerRules.Problems(template, answers) is { Count: > 0 } problems) // a closed survey answers 409 (below)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure(p.Field, p.Message)));
        }

        survey.Fill(template, answers, employee.Id, clock.GetUtcNow().UtcDateTime);
        unitOfWorks.For(GetType()).Publish(new SurveyCompletedIntegrationEvent(
            survey.Id, survey.ClientId, survey.Subject.Type, survey.Subject.Id, survey.ServedBy, survey.Dissatisfied, survey.Reasons, survey.Score,
            survey.Recommend, employee.Id, survey.FilledAtUtc!.Value));
        return Unit.Value;
    }
}
