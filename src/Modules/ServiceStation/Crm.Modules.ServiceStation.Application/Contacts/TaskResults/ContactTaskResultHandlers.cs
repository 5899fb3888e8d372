using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.ServiceStation.Application.Contacts.TaskResults;

/// <summary>
/// The answer to a task about a contact is the contact's result (ADR 0075): "Specify contact result", "Process a missed
/// call", "Continue negotiations", "Make the sale" close with the contact results' codes, and the contact's card shows
/// what the operator chose, with the refusal's reason. A code that is not a contact result (another module's task
/// type, a visit result) changes nothing. Tasking's inbox makes a redelivery harmless.
/// </summary>
internal sealed class ContactTaskCompletedHandler(IUnitOfWorkLocator unitOfWorks, ContactTaskResults results)
    : IntegrationEventHandler<TaskCompletedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskCompletedIntegrationEvent e) => ContactTaskResults.IsContact(e.Subject) && ContactTaskResults.Parse(e.ResultCode) is not null;

    protected override Task HandleAsync(TaskCompletedIntegrationEvent e, CancellationToken cancellationToken) =>
        results.RecordAsync(e.Subject!, ContactTaskResults.Parse(e.ResultCode)!.Value, e.Reason, e.ClosedByItself ? null : e.EmployeeId, cancellationToken);
}

/// <summary>A task about a contact handed to someone else (Tasking's redirect): the contact is "redirected" until the follow-up is answered.</summary>
internal sealed class ContactTaskRedirectedHandler(IUnitOfWorkLocator unitOfWorks, ContactTaskResults results)
    : IntegrationEventHandler<TaskRedirectedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskRedirectedIntegrationEvent e) => ContactTaskResults.IsContact(e.Subject);

    protected override Task HandleAsync(TaskRedirectedIntegrationEvent e, CancellationToken cancellationToken) =>
        results.RecordAsync(e.Subject!, ContactResult.Redirected, null, e.EmployeeId, cancellationToken);
}

/// <summary>
/// Records a task's answer on its contact while the talks are open. A contact that already has another final result
/// keeps it (a booking made first wins over a late answer, as the closed-by-itself task does); the same final result
/// again changes nothing.
/// </summary>
public sealed class ContactTaskResults(IRepository<Contact> contacts, TimeProvider clock)
{
    private static readonly Dictionary<string, ContactResult> ByCode = Enum.GetValues<ContactResult>()
        .ToDictionary(r => ServiceStationFactsMapper.Kebab(r.ToString()), StringComparer.OrdinalIgnoreCase);

    public static bool IsContact(ObjectReference? subject) => subject?.Type == ServiceStationFacts.Contact && Guid.TryParse(subject.Id, out _);

    public static ContactResult? Parse(string code) => ByCode.TryGetValue(code, out var result) ? result : null;

    public async Task RecordAsync(ObjectReference subject, ContactResult result, string? reason, Guid? by, CancellationToken cancellationToken)
    {
        var contact = await contacts.FirstOrDefaultAsync(new ContactByIdSpec(new ContactId(Guid.Parse(subject.Id)), forUpdate: true), cancellationToken);
        if (contact is null || !(contact.IsOpen || contact.Result == result))
        {
            return;
        }

        // Tasking demands a refusal's reason; a process's own answer without one still leaves the contact readable.
        var why = result == ContactResult.Refused && string.IsNullOrWhiteSpace(reason) ? "No reason given" : reason;
        contact.RecordResult(result, why?.Length > Contact.ReasonMaxLength ? why[..Contact.ReasonMaxLength] : why, by, clock.GetUtcNow().UtcDateTime);
    }
}
