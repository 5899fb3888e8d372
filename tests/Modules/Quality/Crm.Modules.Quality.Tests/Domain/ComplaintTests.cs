using Crm.BuildingBlocks.Domain;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Complaints.Rules;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Domain;

/// <summary>A complaint's steps: registered → under review → reviewed / rejected, the decision after the opinion, one violation from an upheld one.</summary>
public sealed class ComplaintTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Supervisor = Guid.NewGuid();

    private static Complaint NewComplaint() => Complaint.Register(
        Guid.NewGuid(), new ComplaintOrigin(ComplaintOrigin.Manual, null), Guid.NewGuid(), new ComplaintSubject(ComplaintSubject.WorkOrder, Guid.NewGuid()),
        " Dirty seats ", Guid.NewGuid(), Supervisor, Now);

    [Fact]
    public void A_decision_needs_the_review_then_the_opinion_and_upholding_reviews_it()
    {
        var complaint = NewComplaint();
        Assert.Equal("Dirty seats", complaint.Gist);
        Assert.Equal("complaint.not-under-review", BrokenRules.AssertBroken<ComplaintMustBeInStateRule>(
            () => complaint.Decide(ComplaintDecision.Uphold, null, Supervisor, Now), BusinessRuleKind.Conflict).Code);
        complaint.StartReview(Supervisor, Now);
        Assert.Equal("complaint.not-registered", BrokenRules.AssertBroken<ComplaintMustBeInStateRule>(() => complaint.StartReview(Supervisor, Now), BusinessRuleKind.Conflict).Code);
        BrokenRules.AssertBroken<DecisionNeedsOpinionRule>(() => complaint.Decide(ComplaintDecision.Uphold, null, Supervisor, Now));

        complaint.WriteOpinion("Seats were covered", Now);
        complaint.Decide(ComplaintDecision.Uphold, "  ", Supervisor, Now);

        Assert.Equal((ComplaintState.Reviewed, ComplaintDecision.Uphold, (string?)null), (complaint.State, complaint.Decision, complaint.DecisionNote));
        BrokenRules.AssertBroken<ComplaintMustBeUndecidedRule>(() => complaint.WriteOpinion("Changed my mind", Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Only_an_upheld_complaint_registers_one_violation()
    {
        var rejected = NewComplaint();
        rejected.StartReview(Supervisor, Now);
        rejected.WriteOpinion("Not my shift", Now);
        rejected.Decide(ComplaintDecision.Reject, null, Supervisor, Now);
        Assert.Equal(ComplaintState.Rejected, rejected.State);
        BrokenRules.AssertBroken<ViolationNeedsUpheldComplaintRule>(() => rejected.ViolationRegistered(Guid.NewGuid()));

        var upheld = NewComplaint();
        upheld.StartReview(Supervisor, Now);
        upheld.WriteOpinion("Sorry", Now);
        upheld.Decide(ComplaintDecision.Uphold, null, Supervisor, Now);
        upheld.ViolationRegistered(Guid.NewGuid());
        BrokenRules.AssertBroken<ComplaintViolationOnceRule>(() => upheld.ViolationRegistered(Guid.NewGuid()), BusinessRuleKind.Conflict);
    }
}
