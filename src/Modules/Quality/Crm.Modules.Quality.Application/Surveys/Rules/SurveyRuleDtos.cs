using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;

namespace Crm.Modules.Quality.Application.Surveys.Rules;

/// <summary>A survey rule's card; <see cref="Version"/> is also the ETag. <see cref="Seen"/>: the events it has counted.</summary>
public sealed record SurveyRuleDto(
    Guid Id, Guid TemplateId, SurveyTrigger Trigger, int DelayDays, int OneIn, int MinDaysBetween, bool Active, long Seen, DateTime CreatedAt, int Version)
    : IVersionedCard;

public interface ISurveyRuleFields
{
    Guid? TemplateId { get; }

    SurveyTrigger? Trigger { get; }

    int? DelayDays { get; }

    int? OneIn { get; }

    int? MinDaysBetween { get; }
}

internal static class SurveyRuleInput
{
    public static void Fields<T>(AbstractValidator<T> validator)
        where T : ISurveyRuleFields
    {
        validator.RuleFor(r => r.TemplateId).NotEmpty();
        validator.RuleFor(r => r.Trigger).NotNull().IsInEnum();
        validator.RuleFor(r => r.DelayDays).NotNull().InclusiveBetween(0, SurveyRule.MaxDelayDays);
        validator.RuleFor(r => r.OneIn).InclusiveBetween(1, SurveyRule.MaxOneIn);
        validator.RuleFor(r => r.MinDaysBetween).InclusiveBetween(0, SurveyRule.MaxDaysBetween);
    }

    /// <summary>The terms, once the template is known to exist (400 on templateId otherwise).</summary>
    public static async Task<SurveyRuleTerms> TermsAsync(ISurveyRuleFields fields, IReadRepository<SurveyTemplate> templates, CancellationToken ct)
    {
        if (!await templates.AnyAsync(new SurveyTemplateIdSpec(fields.TemplateId!.Value), ct))
        {
            throw new BuildingBlocks.Application.Errors.InvalidFieldException("templateId", "No survey template has this id.", "survey-template.unknown");
        }

        return new SurveyRuleTerms(fields.TemplateId!.Value, fields.Trigger!.Value, fields.DelayDays!.Value, fields.OneIn ?? 1, fields.MinDaysBetween ?? 0);
    }

    public static SurveyRuleDto ToDto(this SurveyRule r) =>
        new(r.Id, r.Terms.TemplateId, r.Terms.Trigger, r.Terms.DelayDays, r.Terms.OneIn, r.Terms.MinDaysBetween, r.IsActive, r.Seen, r.CreatedAtUtc, r.Version);

    public static Task<SurveyRule> GetAsync(this IReadRepository<SurveyRule> rules, Guid id, CancellationToken ct) =>
        rules.FirstOrNotFoundAsync(new SurveyRuleByIdSpec(id), "Survey rule", id, ct);

    public static Task<SurveyRule> ForUpdateAsync(this IRepository<SurveyRule> rules, Guid id, CancellationToken ct, int? expectedVersion) =>
        rules.LoadForUpdateAsync(new SurveyRuleByIdSpec(id, forUpdate: true), "Survey rule", id, ct, expectedVersion);
}

public sealed class SurveyRuleByIdSpec : Specification<SurveyRule>, ISingleResultSpecification<SurveyRule>
{
    public SurveyRuleByIdSpec(Guid id, bool forUpdate = false) => Query.Where(r => r.Id == id).AsTracking(forUpdate);
}

public sealed class SurveyTemplateIdSpec : Specification<SurveyTemplate>
{
    public SurveyTemplateIdSpec(Guid id) => Query.Where(t => t.Id == id);
}
