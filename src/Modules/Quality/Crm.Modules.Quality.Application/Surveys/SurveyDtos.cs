using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;

namespace Crm.Modules.Quality.Application.Surveys;

public sealed record SurveyAnswerDto(string Code, int? Score, bool? Yes, string? Choice, string? Text);

/// <summary>
/// A survey's card: whom and what it is about, who served the client, when it is due, and once filled the template's
/// version, the answers, by whom and when, dissatisfaction and its reasons, the score and the "would you recommend"
/// answer. <see cref="Version"/> is also the ETag.
/// </summary>
public sealed record SurveyDto(
    Guid Id, Guid ClientId, string SubjectType, Guid SubjectId, IReadOnlyList<Guid> ServedBy, Guid RuleId, Guid TemplateId, int? TemplateVersion,
    SurveyStatus Status, DateTime DueAt, IReadOnlyList<SurveyAnswerDto> Answers, Guid? FilledBy, DateTime? FilledAt, bool Dissatisfied,
    IReadOnlyList<string> Reasons, decimal? Score, int? Recommend, int Version) : IVersionedCard;

internal static class SurveyCards
{
    public static SurveyDto ToDto(this Survey s) => new(
        s.Id, s.ClientId, s.Subject.Type, s.Subject.Id, s.ServedBy, s.RuleId, s.TemplateId, s.TemplateVersion, s.Status, s.DueAtUtc,
        s.Answers.Select(a => new SurveyAnswerDto(a.Code, a.Score, a.Yes, a.Choice, a.Text)).ToList(), s.FilledBy, s.FilledAtUtc, s.Dissatisfied,
        s.Reasons, s.Score, s.Recommend, s.Version);

    public static Task<Survey> GetAsync(this IReadRepository<Survey> surveys, Guid id, CancellationToken ct) =>
        surveys.FirstOrNotFoundAsync(new SurveyByIdSpec(id), "Survey", id, ct);

    public static Task<Survey> ForUpdateAsync(this IRepository<Survey> surveys, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        surveys.LoadForUpdateAsync(new SurveyByIdSpec(id, forUpdate: true), "Survey", id, ct, expectedVersion);
}

public sealed class SurveyByIdSpec : Specification<Survey>, ISingleResultSpecification<Survey>
{
    public SurveyByIdSpec(Guid id, bool forUpdate = false) => Query.Where(s => s.Id == id).AsTracking(forUpdate);
}
