using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Quality.Domain.Violations;

namespace Crm.Modules.Quality.Application.Violations;

/// <summary>A violation's card; <see cref="Version"/> is its ETag.</summary>
public sealed record ViolationDto(
    Guid Id,
    Guid EmployeeId,
    string Description,
    Guid? ComplaintId,
    ViolationState State,
    Guid? RegisteredBy,
    DateTimeOffset RegisteredAt,
    string? Explanation,
    DateTimeOffset? ExplainedAt,
    Guid? ClosedBy,
    DateTimeOffset? ClosedAt,
    int Version) : IVersionedCard;

/// <summary>A violation in a list.</summary>
public sealed record ViolationSummaryDto(Guid Id, Guid EmployeeId, string Description, Guid? ComplaintId, ViolationState State, DateTimeOffset RegisteredAt);

internal static class ViolationMapping
{
    public static ViolationDto ToDto(this Violation v, Func<DateTime, DateTimeOffset> show) => new(
        v.Id,
        v.EmployeeId,
        v.Description,
        v.ComplaintId,
        v.State,
        v.RegisteredById,
        show(v.RegisteredAtUtc),
        v.Explanation,
        v.ExplainedAtUtc is { } explainedAt ? show(explainedAt) : null,
        v.ClosedById,
        v.ClosedAtUtc is { } closedAt ? show(closedAt) : null,
        v.Version);

    public static ViolationSummaryDto ToSummary(this Violation v, Func<DateTime, DateTimeOffset> show) =>
        new(v.Id, v.EmployeeId, v.Description, v.ComplaintId, v.State, show(v.RegisteredAtUtc));
}
