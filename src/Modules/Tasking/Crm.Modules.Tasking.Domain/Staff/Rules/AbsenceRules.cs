using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff.Rules;

/// <summary>An absence lasts some time: it ends after it starts.</summary>
public sealed class AbsenceMustEndAfterItStartsRule(DateTime fromUtc, DateTime untilUtc) : IBusinessRule
{
    public string Code => "absence.until-before-from";

    public string Message => "An absence ends after it starts: give 'until' later than 'from'.";

    public bool IsBroken() => untilUtc <= fromUtc;
}

/// <summary>Absences are for now and later: one already over neither needs recording nor cancelling.</summary>
public sealed class AbsenceMustNotBeOverRule(DateTime untilUtc, DateTime nowUtc) : IBusinessRule
{
    public string Code => "absence.over";

    public string Message => "This absence is already over.";

    public bool IsBroken() => untilUtc <= nowUtc;
}

/// <summary>One employee is away at most once at a time: a longer absence is one absence, not two.</summary>
public sealed class AbsencesMustNotOverlapRule(IEnumerable<Absence> existing, DateTime fromUtc, DateTime untilUtc) : IBusinessRule
{
    public string Code => "absence.overlaps";

    public string Message => "The employee is already absent for part of this time; cancel or change that absence first.";

    public bool IsBroken() => existing.Any(a => a.Overlaps(fromUtc, untilUtc));
}

/// <summary>A deputy is somebody else.</summary>
public sealed class NobodyDeputisesThemselvesRule(EmployeeId absent, EmployeeId? deputy) : IBusinessRule
{
    public string Code => "absence.own-deputy";

    public string Message => "An employee cannot be their own deputy.";

    public bool IsBroken() => deputy == absent;
}

/// <summary>A deputy away at the same time would stand in for nobody.</summary>
public sealed class DeputyMustBePresentRule(Employee? deputy, DateTime fromUtc, DateTime untilUtc) : IBusinessRule
{
    public string Code => "absence.deputy-absent";

    public string Message => $"{deputy?.Name} is absent during this time too and cannot stand in.";

    public bool IsBroken() => deputy is not null && deputy.IsAbsentDuring(fromUtc, untilUtc);
}
