using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.DecideComplaint;

/// <summary>
/// A supervisor's decision on a complaint under review, having read the employee's opinion: uphold (the complaint is
/// reviewed) or reject. Upholding with <see cref="RegisterViolation"/> registers a violation of the employee concerned
/// in the same change (its description the one given, else the complaint's gist).
/// </summary>
public sealed record DecideComplaintCommand(Guid ComplaintId, int? ExpectedVersion, ComplaintDecision? Decision, string? Note, bool RegisterViolation, string? ViolationDescription)
    : ICommand<Unit>;

internal sealed class DecideComplaintValidator : AbstractValidator<DecideComplaintCommand>
{
    public DecideComplaintValidator()
    {
        RuleFor(c => c.Decision).NotNull().IsInEnum();
        RuleFor(c => c.Note).MaximumLength(Complaint.NoteMaxLength);
        RuleFor(c => c.RegisterViolation).Equal(false).When(c => c.Decision == ComplaintDecision.Reject).WithMessage("Only an upheld complaint registers a violation.");
        RuleFor(c => c.ViolationDescription).MaximumLength(Violation.DescriptionMaxLength);
    }
}

internal sealed class DecideComplaintHandler(IRepository<Complaint> complaints, IRepository<Violation> violations, QualityPeople people, TimeProvider clock)
    : IRequestHandler<DecideComplaintCommand, Unit>
{
    public async Task<Unit> Handle(DecideComplaintCommand command, CancellationToken cancellationToken)
    {
        var supervisor = await people.SupervisorAsync("decide on a complaint", cancellationToken);
        var complaint = await complaints.ForUpdateAsync(command.ComplaintId, people, cancellationToken, command.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        complaint.Decide(command.Decision!.Value, command.Note, supervisor, now);
        if (command.RegisterViolation)
        {
            var description = string.IsNullOrWhiteSpace(command.ViolationDescription) ? complaint.Gist : command.ViolationDescription;
            var violation = Violation.Register(Guid.NewGuid(), complaint.EmployeeId, description, complaint.Id, supervisor, now);
            complaint.ViolationRegistered(violation.Id);
            violations.Add(violation);
        }

        return Unit.Value;
    }
}
