using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Complaints;

public sealed record ComplaintRegisteredDomainEvent(Complaint Complaint, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ComplaintReviewStartedDomainEvent(Complaint Complaint, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record ComplaintOpinionWrittenDomainEvent(Complaint Complaint, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The supervisor decided: upheld (state Reviewed) or rejected (state Rejected).</summary>
public sealed record ComplaintReviewedDomainEvent(Complaint Complaint, DateTime OccurredAtUtc) : IDomainEvent;
