namespace Crm.Modules.Quality.Domain.Violations;

/// <summary>Registered → explained → closed (the violation stands) or accepted (the explanation is accepted).</summary>
public enum ViolationState
{
    Registered,
    Explained,
    Closed,
    Accepted,
}
