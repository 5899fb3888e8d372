using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Staff.Rules;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>An employee's absences: they last some time, never overlap, are not over yet, and the deputy is present.</summary>
public sealed class AbsenceTests
{
    private static Employee Hire(string name) => Employee.Hire(new EmployeeId(Guid.NewGuid()), name, EmployeeTimeZone.From("Europe/Lisbon"), [], Now);

    [Fact]
    public void An_absence_ends_after_it_starts_and_is_not_over_already()
    {
        var alice = Hire("Alice");

        AssertBroken<AbsenceMustEndAfterItStartsRule>(() => alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(2), Now.AddDays(2), null, Now));
        AssertBroken<AbsenceMustNotBeOverRule>(() => alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(-3), Now.AddDays(-1), null, Now));
        Assert.Empty(alice.Absences);
    }

    [Fact]
    public void Absences_of_one_employee_never_overlap_but_may_follow_each_other()
    {
        var alice = Hire("Alice");
        alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(3), null, Now);

        AssertBroken<AbsencesMustNotOverlapRule>(() => alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(2), Now.AddDays(4), null, Now));
        alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(3), Now.AddDays(4), null, Now);

        Assert.Equal(2, alice.Absences.Count);
        Assert.True(alice.IsAbsentDuring(Now.AddDays(3.5), Now.AddDays(5)));
        Assert.Null(alice.AbsenceAt(Now));
    }

    [Fact]
    public void The_deputy_is_somebody_else_who_is_present_all_the_time()
    {
        var alice = Hire("Alice");
        var bob = Hire("Bob");
        bob.MarkAbsent(Guid.NewGuid(), Now.AddDays(2), Now.AddDays(3), null, Now);

        AssertBroken<NobodyDeputisesThemselvesRule>(() => alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(2), alice, Now));
        var rule = AssertBroken<DeputyMustBePresentRule>(() => alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(5), bob, Now));
        Assert.Equal("Bob is absent during this time too and cannot stand in.", rule.Message);

        var absence = alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(2), bob, Now);
        Assert.Equal(bob.Id, absence.DeputyId!.Value);
        Assert.IsType<EmployeeAbsencesChangedDomainEvent>(alice.DomainEvents.Last());
    }

    [Fact]
    public void Cancelling_drops_a_planned_absence_ends_one_under_way_and_refuses_one_over()
    {
        var alice = Hire("Alice");
        var planned = alice.MarkAbsent(Guid.NewGuid(), Now.AddDays(1), Now.AddDays(2), null, Now);
        var underWay = alice.MarkAbsent(Guid.NewGuid(), Now.AddHours(-1), Now.AddHours(5), null, Now.AddHours(-2));

        Assert.True(alice.CancelAbsence(planned.Id, Now));
        Assert.True(alice.CancelAbsence(underWay.Id, Now));
        Assert.False(alice.CancelAbsence(Guid.NewGuid(), Now));

        Assert.Equal(Now, Assert.Single(alice.Absences).UntilUtc);
        AssertBroken<AbsenceMustNotBeOverRule>(() => alice.CancelAbsence(underWay.Id, Now.AddMinutes(1)));
    }
}
