using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Surveys.Rules.SaveSurveyRule;

/// <summary>
/// A new survey rule (active unless said otherwise): after which event, with which template, how many days later, one
/// event in how many (1: every client) and at least how many days between two surveys of one client.
/// </summary>
public sealed record CreateSurveyRuleCommand(Guid? TemplateId, SurveyTrigger? Trigger, int? DelayDays, int? OneIn, int? MinDaysBetween, bool? Active)
    : ICommand<Guid>, ISurveyRuleFields;

/// <summary>Changes every field of a rule (a PUT), or (de)activates it.</summary>
public sealed record ChangeSurveyRuleCommand(
    Guid RuleId, int? ExpectedVersion, Guid? TemplateId, SurveyTrigger? Trigger, int? DelayDays, int? OneIn, int? MinDaysBetween, bool? Active)
    : ICommand<Unit>, ISurveyRuleFields;

internal sealed class CreateSurveyRuleValidator : AbstractValidator<CreateSurveyRuleCommand>
{
    public CreateSurveyRuleValidator() => SurveyRuleInput.Fields(this);
}

internal sealed class ChangeSurveyRuleValidator : AbstractValidator<ChangeSurveyRuleCommand>
{
    public ChangeSurveyRuleValidator()
    {
        SurveyRuleInput.Fields(this);
        RuleFor(c => c.Active).NotNull();
    }
}

internal sealed class CreateSurveyRuleHandler(IRepository<SurveyRule> rules, IReadRepository<SurveyTemplate> templates, TimeProvider clock)
    : IRequestHandler<CreateSurveyRuleCommand, Guid>
{
    public async Task<Guid> Handle(CreateSurveyRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = SurveyRule.Create(Guid.NewGuid(), await SurveyRuleInput.TermsAsync(command, templates, cancellationToken), command.Active ?? true, clock.GetUtcNow().UtcDateTime);
        rules.Add(rule);
        return rule.Id;
    }
}

internal sealed class ChangeSurveyRuleHandler(IRepository<SurveyRule> rules, IReadRepository<SurveyTemplate> templates) : IRequestHandler<ChangeSurveyRuleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeSurveyRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = await rules.ForUpdateAsync(command.RuleId, cancellationToken, command.ExpectedVersion);
        rule.Change(await SurveyRuleInput.TermsAsync(command, templates, cancellationToken), command.Active!.Value);
        return Unit.Value;
    }
}
