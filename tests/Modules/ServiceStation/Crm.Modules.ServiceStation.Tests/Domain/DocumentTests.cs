using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Estimates.Rules;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using Crm.Modules.ServiceStation.Domain.WorkOrders.Rules;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Domain.StationSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>Estimates and work orders: totals, parts lines, statuses, closing with declined works.</summary>
public sealed class DocumentTests
{
    [Fact]
    public void An_estimate_totals_its_works_and_parts_and_is_fixed_once_booked()
    {
        var estimate = Estimate.Open(new EstimateId(Guid.NewGuid()), new EstimateSubject(Client, null, Guid.NewGuid()),
            [new WorkSpec("Brake pads", 1.2m, 60m), new WorkSpec("Diagnostics", 0.5m, 25m)],
            [new PartSpec("Front pads", null, 2m, 30m), new PartSpec(null, "BOSCH-0986494", 1m, 10m)], Master, Now);
        Assert.Equal(155m, estimate.Total);
        Assert.IsType<EstimateOpenedDomainEvent>(Assert.Single(estimate.DomainEvents));

        estimate.Book(Guid.NewGuid(), Now);

        Assert.Equal(EstimateStatus.Booked, estimate.Status);
        AssertBroken<EstimateMustBeOpenRule>(() => estimate.Book(Guid.NewGuid(), Now), BusinessRuleKind.Conflict);
        AssertBroken<EstimateMustBeOpenRule>(() => estimate.ChangeLines([], [], Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void A_parts_line_says_which_part() =>
        AssertBroken<PartLineMustSayWhichPartRule>(() =>
            Estimate.Open(new EstimateId(Guid.NewGuid()), new EstimateSubject(null, null, null), [], [new PartSpec(" ", null, 1m, 1m)], null, Now));

    [Fact]
    public void Closing_a_work_order_turns_declined_works_into_recommendations_with_their_date()
    {
        var order = WorkOrder("Oil change", "Brake discs", "Wheel alignment");
        var (oil, discs, alignment) = (order.Works[0].Id, order.Works[1].Id, order.Works[2].Id);
        order.SetWorkStatus(alignment, WorkStatus.Declined, Now); // declined while the car was in
        var by = new DateOnly(2026, 6, 1);

        order.Close([oil], [new DeclinedWork(discs, by)], Now.AddHours(3));

        Assert.Equal((WorkOrderStatus.Closed, Now.AddHours(3)), (order.Status, order.ClosedAtUtc!.Value));
        Assert.Equal([("Brake discs", (DateOnly?)by), ("Wheel alignment", null)], order.Recommendations.Select(r => (r.WorkName, r.DueOn)));
        Assert.Equal(50m + 12m, order.Total);
        Assert.IsType<WorkOrderClosedDomainEvent>(order.DomainEvents.Last());
        AssertBroken<WorkOrderMustBeOpenRule>(() => order.AddWork(new WorkSpec("More", 1m, 1m), Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void A_work_order_closes_only_when_every_work_is_done_or_declined()
    {
        var order = WorkOrder("Oil change", "Brake discs");

        var rule = AssertBroken<EveryWorkSettledRule>(() => order.Close([order.Works[0].Id], [], Now));

        Assert.Equal("Not done and not declined: Brake discs.", rule.Message);
        AssertBroken("work-order.unknown-work", () => order.Close([Guid.NewGuid()], [], Now));
        Assert.Equal(WorkOrderStatus.Open, order.Status);
    }

    [Fact]
    public void Parts_follow_their_statuses()
    {
        var order = WorkOrder("Oil change");
        var part = order.AddPart(new PartSpec(null, "MANN-W712", 1m, 9m), Now);

        order.SetPartStatus(part.Id, PartStatus.Installed, Now);

        Assert.Equal([PartStatus.Needed, PartStatus.Installed], order.Parts.Select(p => p.Status));
        AssertBroken("work-order.unknown-part", () => order.SetPartStatus(Guid.NewGuid(), PartStatus.Reserved, Now));
    }
}
