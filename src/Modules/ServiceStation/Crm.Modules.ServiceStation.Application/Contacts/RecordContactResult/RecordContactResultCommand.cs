using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Domain.Contacts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.RecordContactResult;

/// <summary>The contact's result; a refusal needs its reason (422 <c>contact.reason-required</c>).</summary>
public sealed record RecordContactResultCommand(Guid ContactId, int? ExpectedVersion, ContactResult? Result, string? Reason) : ICommand<Unit>;

internal sealed class RecordContactResultValidator : AbstractValidator<RecordContactResultCommand>
{
    public RecordContactResultValidator()
    {
        RuleFor(c => c.Result).NotNull().IsInEnum();
        RuleFor(c => c.Reason).MaximumLength(Contact.ReasonMaxLength);
    }
}

internal sealed class RecordContactResultHandler(IRepository<Contact> contacts, ICurrentEmployee employee, TimeProvider clock) : IRequestHandler<RecordContactResultCommand, Unit>
{
    public async Task<Unit> Handle(RecordContactResultCommand command, CancellationToken cancellationToken)
    {
        var contact = await contacts.ForUpdateAsync(command.ContactId, cancellationToken, command.ExpectedVersion);
        contact.RecordResult(command.Result!.Value, command.Reason, employee.Id, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
