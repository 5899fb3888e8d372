using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Complaints;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Complaints.RegisterComplaint;

/// <summary>
/// A client's complaint about a work order or a sale (<see cref="SubjectType"/>: work-order, sale) concerning one
/// employee. Sent by the API (origin manual, <see cref="RegisteredBy"/> the signed-in employee), by a handler of a
/// survey's dissatisfaction (origin survey, <see cref="OriginId"/> the survey) or by a process's action (origin
/// process). With an origin id it is idempotent: the same origin registers one complaint, a repeat answers its id.
/// </summary>
public sealed record RegisterComplaintCommand(
    Guid? ClientId, string? SubjectType, Guid? SubjectId, string? Gist, Guid? EmployeeId, string Origin, string? OriginId, Guid? RegisteredBy)
    : ICommand<Guid>, IRetriedOnDuplicateKey;

internal sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaintCommand>
{
    public RegisterComplaintValidator()
    {
        RuleFor(c => c.ClientId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.SubjectType).NotEmpty();
        RuleFor(c => c.SubjectType).Must(t => ComplaintSubject.Types.Contains(t!)).When(c => !string.IsNullOrEmpty(c.SubjectType))
            .WithErrorCode("complaint.subject-unknown").WithMessage($"A complaint is about one of: {string.Join(", ", ComplaintSubject.Types)}.");
        RuleFor(c => c.SubjectId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Gist).NotEmpty().MaximumLength(Complaint.GistMaxLength).Must(g => !string.IsNullOrWhiteSpace(g)).WithMessage("Say what the client complains of.");
        RuleFor(c => c.EmployeeId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Origin).Must(o => ComplaintOrigin.Kinds.Contains(o)).WithMessage($"The origin is one of: {string.Join(", ", ComplaintOrigin.Kinds)}.");
        RuleFor(c => c.OriginId).NotEmpty().MaximumLength(ComplaintOrigin.IdMaxLength).When(c => c.Origin != ComplaintOrigin.Manual);
        RuleFor(c => c.OriginId).Null().When(c => c.Origin == ComplaintOrigin.Manual);
    }
}

internal sealed class RegisterComplaintHandler(IRepository<Complaint> complaints, QualityPeople people, TimeProvider clock)
    : IRequestHandler<RegisterComplaintCommand, Guid>
{
    public async Task<Guid> Handle(RegisterComplaintCommand command, CancellationToken cancellationToken)
    {
        if (command.OriginId is not null
            && await complaints.FirstOrDefaultAsync(new ComplaintByOriginSpec(command.Origin, command.OriginId), cancellationToken) is { } registered)
        {
            return registered.Id; // the same survey or action again: one complaint
        }

        await people.ConcernedAsync(command.EmployeeId!.Value, "employeeId", cancellationToken);
        var complaint = Complaint.Register(
            Guid.NewGuid(), new ComplaintOrigin(command.Origin, command.OriginId), command.ClientId!.Value,
            new ComplaintSubject(command.SubjectType!, command.SubjectId!.Value), command.Gist!, command.EmployeeId.Value,
            command.RegisteredBy, clock.GetUtcNow().UtcDateTime);
        complaints.Add(complaint);
        return complaint.Id;
    }
}

public sealed class ComplaintByOriginSpec : Specification<Complaint>
{
    public ComplaintByOriginSpec(string kind, string id) => Query.Where(c => c.Origin.Kind == kind && c.Origin.Id == id);
}
