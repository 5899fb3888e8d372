using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Contacts;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.ChangeContactNotes;

/// <summary>What the operator writes down: the category, the client's words and the works needed (replaces all three).</summary>
public sealed record ChangeContactNotesCommand(Guid ContactId, int? ExpectedVersion, ContactCategory? Category, string? ClientsWords, string? WorksNeeded) : ICommand<Unit>;

internal sealed class ChangeContactNotesValidator : AbstractValidator<ChangeContactNotesCommand>
{
    public ChangeContactNotesValidator()
    {
        RuleFor(c => c.Category).NotNull().IsInEnum();
        RuleFor(c => c.ClientsWords).MaximumLength(Contact.TextMaxLength);
        RuleFor(c => c.WorksNeeded).MaximumLength(Contact.TextMaxLength);
    }
}

internal sealed class ChangeContactNotesHandler(IRepository<Contact> contacts, TimeProvider clock) : IRequestHandler<ChangeContactNotesCommand, Unit>
{
    public async Task<Unit> Handle(ChangeContactNotesCommand command, CancellationToken cancellationToken)
    {
        var contact = await contacts.ForUpdateAsync(command.ContactId, cancellationToken, command.ExpectedVersion);
        contact.ChangeNotes(command.Category!.Value, Blank(command.ClientsWords), Blank(command.WorksNeeded), clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
