using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Quality.Domain.Complaints;

namespace Crm.Modules.Quality.Application.Complaints;

public sealed record ComplaintSubjectDto(string Type, Guid Id);

public sealed record ComplaintOriginDto(string Kind, string? Id);

/// <summary>A complaint's card; <see cref="Version"/> is its ETag.</summary>
public sealed record ComplaintDto(
    Guid Id,
    ComplaintOriginDto Origin,
    Guid ClientId,
    ComplaintSubjectDto Subject,
    string Gist,
    Guid EmployeeId,
    ComplaintState State,
    Guid? RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? Opinion,
    DateTimeOffset? OpinionAt,
    Guid? ReviewerId,
    ComplaintDecision? Decision,
    string? DecisionNote,
    DateTimeOffset? DecidedAt,
    Guid? ViolationId,
    int Version) : IVersionedCard;

/// <summary>A complaint in a list.</summary>
public sealed record ComplaintSummaryDto(Guid Id, Guid ClientId, ComplaintSubjectDto Subject, string Gist, Guid EmployeeId, ComplaintState State, DateTimeOffset RegisteredAt);

internal static class ComplaintMapping
{
    public static ComplaintDto ToDto(this Complaint c, Func<DateTime, DateTimeOffset> show) => new(
        c.Id,
        new ComplaintOriginDto(c.Origin.Kind, c.Origin.Id),
        c.ClientId,
        new ComplaintSubjectDto(c.Subject.Type, c.Subject.Id),
        c.Gist,
        c.EmployeeId,
        c.State,
        c.RegisteredById,
        show(c.RegisteredAtUtc),
        c.Opinion,
        c.OpinionAtUtc is { } opinionAt ? show(opinionAt) : null,
        c.ReviewerId,
        c.Decision,
        c.DecisionNote,
        c.DecidedAtUtc is { } decidedAt ? show(decidedAt) : null,
        c.ViolationId,
        c.Version);

    public static ComplaintSummaryDto ToSummary(this Complaint c, Func<DateTime, DateTimeOffset> show) =>
        new(c.Id, c.ClientId, new ComplaintSubjectDto(c.Subject.Type, c.Subject.Id), c.Gist, c.EmployeeId, c.State, show(c.RegisteredAtUtc));
}
