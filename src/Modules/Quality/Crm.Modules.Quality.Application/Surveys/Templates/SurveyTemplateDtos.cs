using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using FluentValidation;

namespace Crm.Modules.Quality.Application.Surveys.Templates;

public sealed record SurveyQuestionDto(
    string Code, string Text, QuestionKind Kind, IReadOnlyList<string> Options, int? DissatisfiedAtMost, bool? DissatisfiedAnswer,
    IReadOnlyList<string> DissatisfiedOptions, string? Reason, bool Recommend);

/// <summary>A template's version: what a survey filled with it was asked.</summary>
public sealed record SurveyTemplateVersionDto(Guid TemplateId, int Number, string Name, IReadOnlyList<SurveyQuestionDto> Questions, DateTime CreatedAt);

/// <summary>A template's card: its current version's name and questions; <see cref="Version"/> is also the ETag.</summary>
public sealed record SurveyTemplateDto(
    Guid Id, string Name, int CurrentVersion, IReadOnlyList<SurveyQuestionDto> Questions, IReadOnlyList<int> Versions, DateTime CreatedAt, int Version)
    : IVersionedCard;

/// <summary>A question as typed in; the kind decides which of the other fields apply.</summary>
public sealed record QuestionInput(
    string? Code, string? Text, QuestionKind? Kind, IReadOnlyList<string>? Options, int? DissatisfiedAtMost, bool? DissatisfiedAnswer,
    IReadOnlyList<string>? DissatisfiedOptions, string? Reason, bool? Recommend);

public interface ISurveyTemplateFields
{
    string? Name { get; }

    IReadOnlyList<QuestionInput>? Questions { get; }
}

internal static class SurveyTemplateInput
{
    public static void Fields<T>(AbstractValidator<T> validator)
        where T : ISurveyTemplateFields
    {
        validator.RuleFor(t => t.Name).NotEmpty().MaximumLength(SurveyTemplate.NameMaxLength);
        validator.RuleFor(t => t.Questions).NotNull();
        validator.RuleForEach(t => t.Questions).NotNull().ChildRules(q =>
        {
            q.RuleFor(x => x!.Code).NotEmpty().MaximumLength(SurveyQuestion.CodeMaxLength);
            q.RuleFor(x => x!.Text).NotEmpty().MaximumLength(SurveyQuestion.TextMaxLength);
            q.RuleFor(x => x!.Kind).NotNull().IsInEnum();
            q.RuleForEach(x => x!.Options).NotEmpty().MaximumLength(SurveyQuestion.OptionMaxLength);
            q.RuleFor(x => x!.Reason).MaximumLength(SurveyQuestion.ReasonMaxLength);
        });
        validator.RuleFor(t => t.Questions).Custom((questions, context) =>
        {
            if (questions is not null && questions.All(q => q is { Code: { Length: > 0 }, Text: { Length: > 0 }, Kind: not null }))
            {
                foreach (var problem in SurveyQuestionRules.Problems(Questions(questions)))
                {
                    context.AddFailure(problem.Field, problem.Message);
                }
            }
        });
    }

    public static IReadOnlyList<SurveyQuestion> Questions(IEnumerable<QuestionInput?> input) =>
        input.Select(q => new SurveyQuestion(
            q!.Code!.Trim(), q.Text!.Trim(), q.Kind!.Value, [.. (q.Options ?? []).Select(o => o.Trim())], q.DissatisfiedAtMost, q.DissatisfiedAnswer,
            [.. (q.DissatisfiedOptions ?? []).Select(o => o.Trim())], string.IsNullOrWhiteSpace(q.Reason) ? null : q.Reason.Trim(), q.Recommend ?? false)).ToList();

    public static SurveyQuestionDto ToDto(this SurveyQuestion q) =>
        new(q.Code, q.Text, q.Kind, q.Options, q.DissatisfiedAtMost, q.DissatisfiedAnswer, q.DissatisfiedOptions, q.Reason, q.Recommend);

    public static SurveyTemplateDto ToDto(this SurveyTemplate t) =>
        new(t.Id, t.Current.Name, t.CurrentVersion, t.Current.Questions.Select(ToDto).ToList(), t.Versions.Select(v => v.Number).Order().ToList(), t.CreatedAtUtc, t.Version);

    public static SurveyTemplateVersionDto ToDto(this SurveyTemplateVersion v) =>
        new(v.TemplateId, v.Number, v.Name, v.Questions.Select(ToDto).ToList(), v.CreatedAtUtc);

    public static Task<SurveyTemplate> GetAsync(this IReadRepository<SurveyTemplate> templates, Guid id, CancellationToken ct) =>
        templates.FirstOrNotFoundAsync(new SurveyTemplateByIdSpec(id), "Survey template", id, ct);

    public static Task<SurveyTemplate> ForUpdateAsync(this IRepository<SurveyTemplate> templates, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        templates.LoadForUpdateAsync(new SurveyTemplateByIdSpec(id, forUpdate: true), "Survey template", id, ct, expectedVersion);
}

public sealed class SurveyTemplateByIdSpec : Specification<SurveyTemplate>, ISingleResultSpecification<SurveyTemplate>
{
    public SurveyTemplateByIdSpec(Guid id, bool forUpdate = false) => Query.Where(t => t.Id == id).Include(t => t.Versions).AsTracking(forUpdate);
}
