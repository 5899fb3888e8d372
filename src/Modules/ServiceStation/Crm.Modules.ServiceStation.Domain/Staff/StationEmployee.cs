using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Staff;

/// <summary>
/// The station's copy of one employee's card, as much as the station needs: the name it shows on bookings, work
/// orders and the schedule, and whether the employee has left (a dismissed one is no longer chosen as master
/// consultant). Kept from Tasking's EmployeeCardChanged events; <see cref="CardVersion"/> is Tasking's version of the
/// card, so an older or repeated card changes nothing and the copy converges on the newest (ADR 0059, ADR 0074).
/// The id is Tasking's employee id.
/// </summary>
public sealed class StationEmployee : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private StationEmployee()
    {
        Name = string.Empty;
    }

    public int CardVersion { get; private set; }

    public string Name { get; private set; }

    public DateTime? DismissedAtUtc { get; private set; }

    public bool Dismissed => DismissedAtUtc is not null;

    public static StationEmployee From(Guid employeeId, int cardVersion, string name, DateTime? dismissedAtUtc) =>
        new() { Id = employeeId, CardVersion = cardVersion, Name = Trim(name), DismissedAtUtc = dismissedAtUtc };

    /// <summary>Takes a card newer than the one held; an older or equal one (a repeat, a roll call) is ignored.</summary>
    public void Apply(int cardVersion, string name, DateTime? dismissedAtUtc)
    {
        if (cardVersion > CardVersion)
        {
            (CardVersion, Name, DismissedAtUtc) = (cardVersion, Trim(name), dismissedAtUtc);
        }
    }

    // Tasking's limits may change; a copy keeps what fits rather than refuse the owner's card.
    private static string Trim(string name) => name.Length > NameMaxLength ? name[..NameMaxLength] : name;
}
