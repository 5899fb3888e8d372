using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>The actions Quality performs for processes, announced on every start-up (ActionsOffered; the latest announcement of the module wins).</summary>
public static class QualityActionCatalog
{
    public const string RegisterComplaint = "register-complaint";
    public const string RegisterViolation = "register-violation";

    private const string ComplaintOn = "Register the client's complaint about this object: client client-id, the gist, the employee concerned employee-id (once per request)";
    private const string ViolationOn = "Register a violation of employee employee-id with the description";

    public static ActionsOfferedIntegrationEvent Offer() => new(QualityFacts.Module,
    [
        new(RegisterComplaint, "work-order", ComplaintOn, ["client-id", "gist", "employee-id"]),
        new(RegisterComplaint, "sale", ComplaintOn, ["client-id", "gist", "employee-id"]),
        new(RegisterViolation, QualityFacts.Complaint, "Register a violation of the employee concerned from the upheld complaint (the description, else the complaint's gist)", ["description"]),
        new(RegisterViolation, "work-order", ViolationOn, ["employee-id", "description"]),
        new(RegisterViolation, "sale", ViolationOn, ["employee-id", "description"]),
    ]);
}
