namespace Crm.Modules.Quality.Domain.Complaints;

/// <summary>Registered → under review → reviewed (upheld) or rejected; the last two are final.</summary>
public enum ComplaintState
{
    Registered,
    UnderReview,
    Reviewed,
    Rejected,
}

/// <summary>The supervisor's decision: the complaint is justified (uphold) or not (reject).</summary>
public enum ComplaintDecision
{
    Uphold,
    Reject,
}
