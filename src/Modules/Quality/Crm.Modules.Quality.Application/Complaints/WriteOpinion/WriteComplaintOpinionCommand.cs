using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.WriteOpinion;

/// <summary>
/// The employee concerned tells their side of the complaint (until the supervisor decides). Only they write it:
/// anybody else, a supervisor too, gets 403 <c>complaint.not-concerned</c> — the opinion is theirs, not a summary of it.
/// </summary>
public sealed record WriteComplaintOpinionCommand(Guid ComplaintId, int? ExpectedVersion, string? Opinion) : ICommand<Unit>;

internal sealed class WriteComplaintOpinionValidator : AbstractValidator<WriteComplaintOpinionCommand>
{
    public WriteComplaintOpinionValidator() =>
        RuleFor(c => c.Opinion).NotEmpty().MaximumLength(Complaint.OpinionMaxLength).Must(o => !string.IsNullOrWhiteSpace(o)).WithMessage("Write the opinion.");
}

internal sealed class WriteComplaintOpinionHandler(IRepository<Complaint> complaints, QualityPeople people, TimeProvider clock)
    : IRequestHandler<WriteComplaintOpinionCommand, Unit>
{
    public async Task<Unit> Handle(WriteComplaintOpinionCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.LoadForUpdateAsync(
            new ComplaintByIdSpec(command.ComplaintId, forUpdate: true), ComplaintsLoading.What, command.ComplaintId, cancellationToken, command.ExpectedVersion);
        if (complaint.EmployeeId != people.CurrentId)
        {
            throw new ForbiddenException("Only the employee the complaint concerns writes their opinion.", "complaint.not-concerned");
        }

        complaint.WriteOpinion(command.Opinion!, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
