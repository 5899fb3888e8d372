using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Staff;

/// <summary>
/// Quality's copy of one employee's card, as much as Quality needs: the name shown on surveys, complaints and
/// violations, the positions the figures group by, whether the employee is a supervisor (the main administrator until
/// roles exist: they see every complaint and violation) and whether they have left. Kept from Tasking's
/// EmployeeCardChanged events; <see cref="CardVersion"/> is Tasking's version of the card, so an older or repeated card
/// changes nothing and the copy converges on the newest (ADR 0059). The id is Tasking's employee id.
/// </summary>
public sealed class QualityEmployee : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private List<Guid> _positionIds = [];

    private QualityEmployee()
    {
        Name = string.Empty;
    }

    public int CardVersion { get; private set; }

    public string Name { get; private set; }

    public bool IsSupervisor { get; private set; }

    public IReadOnlyList<Guid> PositionIds => _positionIds;

    public DateTime? DismissedAtUtc { get; private set; }

    public bool Dismissed => DismissedAtUtc is not null;

    public static QualityEmployee From(Guid employeeId, EmployeeCard card)
    {
        var copy = new QualityEmployee { Id = employeeId };
        copy.Take(card);
        return copy;
    }

    /// <summary>Takes a card newer than the one held; an older or equal one (a repeat, a roll call) is ignored.</summary>
    public void Apply(EmployeeCard card)
    {
        if (card.Version > CardVersion)
        {
            Take(card);
        }
    }

    private void Take(EmployeeCard card)
    {
        (CardVersion, Name, IsSupervisor, DismissedAtUtc) = (card.Version, Trim(card.Name), card.IsAdministrator, card.DismissedAtUtc);
        _positionIds = [.. card.PositionIds.Distinct()];
    }

    // Tasking's limits may change; a copy keeps what fits rather than refuse the owner's card.
    private static string Trim(string name) => name.Length > NameMaxLength ? name[..NameMaxLength] : name;
}

/// <summary>What Quality keeps of Tasking's employee card.</summary>
public sealed record EmployeeCard(int Version, string Name, bool IsAdministrator, IReadOnlyList<Guid> PositionIds, DateTime? DismissedAtUtc);
