using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Quality.Contracts;

/// <summary>
/// A client's survey after service is filled: whether they are dissatisfied and why (the template's reasons), the
/// score (the scale answers' average out of 10), the "would you recommend" answer (0–10, NPS), the employees who served
/// them, the client and the subject ("work-order" or "sale" and its id). A dissatisfied survey is where a complaint
/// about the employees who served comes from (ADR 0083, 0084). Add fields; never rename or remove one.
/// </summary>
public sealed record SurveyCompletedIntegrationEvent(
    Guid SurveyId,
    Guid ClientId,
    string SubjectType,
    Guid SubjectId,
    IReadOnlyList<Guid> ServedBy,
    bool Dissatisfied,
    IReadOnlyList<string> Reasons,
    decimal? Score,
    int? Recommend,
    Guid FilledBy,
    DateTime CompletedAtUtc) : IntegrationEvent;
