using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Phones;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Contacts.RegisterContact;

/// <summary>
/// The operator records a contact by hand: a walk-in, a chat, a call on a line without the webhook. The moment is
/// now unless given; a phone finds the client as a call's number does.
/// </summary>
public sealed record RegisterContactCommand(
    ContactKind? Kind, ContactCategory? Category, DateTimeOffset? Moment, string? Phone, string? Address, Guid? ClientId, string? ClientsWords, string? WorksNeeded)
    : ICommand<Guid>;

internal sealed class RegisterContactValidator : AbstractValidator<RegisterContactCommand>
{
    public RegisterContactValidator(PhoneRegion region)
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.Phone).MaximumLength(Contact.PhoneMaxLength).Must(p => PhoneNumber.ToE164(p, region) is not null)
            .When(c => !string.IsNullOrWhiteSpace(c.Phone)).WithMessage("Give a phone number, e.g. +7 916 123-45-67.");
        RuleFor(c => c.Address).MaximumLength(Contact.AddressMaxLength);
        RuleFor(c => c.ClientsWords).MaximumLength(Contact.TextMaxLength);
        RuleFor(c => c.WorksNeeded).MaximumLength(Contact.TextMaxLength);
    }
}

internal sealed class RegisterContactHandler(ContactRegistration registration, ICurrentEmployee employee, TimeProvider clock) : IRequestHandler<RegisterContactCommand, Guid>
{
    public async Task<Guid> Handle(RegisterContactCommand command, CancellationToken cancellationToken)
    {
        var phone = string.IsNullOrWhiteSpace(command.Phone) ? null : command.Phone.Trim();
        var contact = await registration.RegisterAsync(new NewContact(
            command.Kind!.Value,
            command.Category ?? ContactCategory.RepairServices,
            command.Moment?.UtcDateTime ?? clock.GetUtcNow().UtcDateTime,
            phone,
            registration.ToE164(phone),
            Blank(command.Address),
            command.ClientId,
            Blank(command.ClientsWords),
            Blank(command.WorksNeeded),
            RegisteredById: employee.Id), cancellationToken);
        return contact.Id.Value;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
