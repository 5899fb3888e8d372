using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.CloseSurvey;

/// <summary>The client refused to answer (<c>Refused</c>) or could not be reached (<c>Unreachable</c>): recorded by the signed-in employee.</summary>
public sealed record CloseSurveyCommand(Guid SurveyId, int? ExpectedVersion, SurveyStatus? Outcome) : ICommand<Unit>;

internal sealed class CloseSurveyValidator : AbstractValidator<CloseSurveyCommand>
{
    public CloseSurveyValidator() =>
        RuleFor(c => c.Outcome).NotNull().Must(o => o is SurveyStatus.Refused or SurveyStatus.Unreachable).WithMessage("Say Refused or Unreachable.");
}

internal sealed class CloseSurveyHandler(IRepository<Survey> surveys, ICurrentEmployee employee, TimeProvider clock) : IRequestHandler<CloseSurveyCommand, Unit>
{
    public async Task<Unit> Handle(CloseSurveyCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.ForUpdateAsync(command.SurveyId, cancellationToken, command.ExpectedVersion);
        survey.Close(command.Outcome!.Value, employee.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
