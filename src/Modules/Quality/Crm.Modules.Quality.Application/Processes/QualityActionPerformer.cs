using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Complaints.RegisterComplaint;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// One branch per offered action; each checks what an employee's request checks (the employee on the staff, not
/// dismissed; a complaint once per origin) and changes the aggregates through the same methods.
/// </summary>
public sealed class QualityActionPerformer(IRepository<Complaint> complaints, IRepository<Violation> violations, QualityPeople people, TimeProvider clock)
{
    public Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken ct) => request.Action switch
    {
        QualityActionCatalog.RegisterComplaint => RegisterComplaintAsync(request, ct),
        QualityActionCatalog.RegisterViolation when request.Subject.Type == QualityFacts.Complaint => ViolationFromComplaintAsync(request, ct),
        QualityActionCatalog.RegisterViolation => RegisterViolationAsync(request, ct),
        _ => throw new InvalidFieldException("action", $"Quality does not offer '{request.Action}'."),
    };

    private async Task RegisterComplaintAsync(ActionRequestedIntegrationEvent request, CancellationToken ct)
    {
        var origin = request.RequestId.ToString();
        if (await complaints.FirstOrDefaultAsync(new ComplaintByOriginSpec(ComplaintOrigin.Process, origin), ct) is not null)
        {
            return;
        }

        if (!ComplaintSubject.Types.Contains(request.Subject.Type))
        {
            throw new InvalidFieldException("subject", $"A complaint is about one of: {string.Join(", ", ComplaintSubject.Types)}.");
        }

        var employeeId = Id(request, "employee-id");
        await people.ConcernedAsync(employeeId, "employee-id", ct);
        complaints.Add(Complaint.Register(
            Guid.NewGuid(), new ComplaintOrigin(ComplaintOrigin.Process, origin), Id(request, "client-id"), new ComplaintSubject(request.Subject.Type, SubjectId(request)),
            Text(request, "gist", Complaint.GistMaxLength), employeeId, request.ActingEmployeeId, clock.GetUtcNow().UtcDateTime));
    }

    private async Task ViolationFromComplaintAsync(ActionRequestedIntegrationEvent request, CancellationToken ct)
    {
        var complaint = await complaints.LoadForUpdateAsync(new ComplaintByIdSpec(SubjectId(request), forUpdate: true), ComplaintsLoading.What, request.Subject.Id, ct);
        var description = Parameter(request, "description") is null ? complaint.Gist : Text(request, "description", Violation.DescriptionMaxLength);
        var violation = Violation.Register(Guid.NewGuid(), complaint.EmployeeId, description, complaint.Id, request.ActingEmployeeId, clock.GetUtcNow().UtcDateTime);
        complaint.ViolationRegistered(violation.Id);
        violations.Add(violation);
    }

    private async Task RegisterViolationAsync(ActionRequestedIntegrationEvent request, CancellationToken ct)
    {
        var employeeId = Id(request, "employee-id");
        await people.ConcernedAsync(employeeId, "employee-id", ct);
        violations.Add(Violation.Register(
            Guid.NewGuid(), employeeId, Text(request, "description", Violation.DescriptionMaxLength), null, request.ActingEmployeeId, clock.GetUtcNow().UtcDateTime));
    }

    private static string? Parameter(ActionRequestedIntegrationEvent request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string Text(ActionRequestedIntegrationEvent request, string name, int maxLength) =>
        Parameter(request, name) is { } text
            ? text.Length <= maxLength ? text : throw new InvalidFieldException(name, $"At most {maxLength} characters.")
            : throw new InvalidFieldException(name, $"'{request.Action}' needs the parameter '{name}'.");

    private static Guid Id(ActionRequestedIntegrationEvent request, string name) =>
        Guid.TryParse(Text(request, name, 100), out var id) && id != Guid.Empty ? id : throw new InvalidFieldException(name, $"'{Parameter(request, name)}' is not an id.");

    private static Guid SubjectId(ActionRequestedIntegrationEvent request) =>
        Guid.TryParse(request.Subject.Id, out var id) ? id : throw new NotFoundException(request.Subject.Type, request.Subject.Id);
}
