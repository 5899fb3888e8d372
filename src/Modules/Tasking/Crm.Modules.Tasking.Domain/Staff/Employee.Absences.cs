using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff.Rules;

namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>Absences: when the employee is away and who stands in for them.</summary>
public sealed partial class Employee
{
    private readonly List<Absence> _absences = [];

    public IReadOnlyCollection<Absence> Absences => _absences;

    /// <summary>
    /// Records time away. Absences of one employee never overlap; the deputy is a colleague (not the employee)
    /// who is not away themselves at any moment of it.
    /// </summary>
    public Absence MarkAbsent(Guid id, DateTime fromUtc, DateTime untilUtc, Employee? deputy, DateTime nowUtc)
    {
        Guard.Utc(fromUtc, nameof(fromUtc));
        Guard.Utc(untilUtc, nameof(untilUtc));
        CheckRule(new AbsenceMustEndAfterItStartsRule(fromUtc, untilUtc));
        CheckRule(new AbsenceMustNotBeOverRule(untilUtc, nowUtc));
        CheckRule(new AbsencesMustNotOverlapRule(_absences, fromUtc, untilUtc));
        CheckRule(new NobodyDeputisesThemselvesRule(Id, deputy?.Id));
        CheckRule(new DeputyMustBePresentRule(deputy, fromUtc, untilUtc));
        var absence = new Absence(id, fromUtc, untilUtc, deputy?.Id, nowUtc);
        _absences.Add(absence);
        Raise(new EmployeeAbsencesChangedDomainEvent(Id, nowUtc));
        return absence;
    }

    /// <summary>A planned absence is dropped; one under way ends now (the employee is back); one over stays as it was.</summary>
    public bool CancelAbsence(Guid id, DateTime nowUtc)
    {
        if (_absences.FirstOrDefault(a => a.Id == id) is not { } absence)
        {
            return false;
        }

        CheckRule(new AbsenceMustNotBeOverRule(absence.UntilUtc, nowUtc));
        if (absence.FromUtc > nowUtc)
        {
            _absences.Remove(absence);
        }
        else
        {
            absence.EndAt(nowUtc);
        }

        Raise(new EmployeeAbsencesChangedDomainEvent(Id, nowUtc));
        return true;
    }

    /// <summary>The absence under way at that moment, if the employee is away then.</summary>
    public Absence? AbsenceAt(DateTime utc) => _absences.FirstOrDefault(a => a.Covers(utc));

    public bool IsAbsentDuring(DateTime fromUtc, DateTime untilUtc) => _absences.Any(a => a.Overlaps(fromUtc, untilUtc));
}

/// <summary>
/// An absence was added or cancelled. Raised so the employee's version moves (two overlapping absences saved at
/// once: one of them is told of the conflict).
/// </summary>
public sealed record EmployeeAbsencesChangedDomainEvent(EmployeeId EmployeeId, DateTime OccurredAtUtc) : IDomainEvent;
