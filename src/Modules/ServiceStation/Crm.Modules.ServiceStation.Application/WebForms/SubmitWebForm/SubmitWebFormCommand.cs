using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Phones;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WebForms.SubmitWebForm;

/// <summary>The station's site: a visitor leaves a name, a phone, the car and a wish; a contact of kind web form opens.</summary>
public sealed record SubmitWebFormCommand(string? Name, string? Phone, string? Car, string? Wish) : ICommand<Guid>;

internal sealed class SubmitWebFormValidator : AbstractValidator<SubmitWebFormCommand>
{
    public SubmitWebFormValidator(PhoneRegion region)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.Phone).NotEmpty().MaximumLength(Contact.PhoneMaxLength)
            .Must(p => PhoneNumber.ToE164(p, region) is not null).WithMessage("Give a phone number, e.g. +7 916 123-45-67.");
        RuleFor(c => c.Car).MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.Wish).MaximumLength(Contact.TextMaxLength);
    }
}

internal sealed class SubmitWebFormHandler(ContactRegistration registration, TimeProvider clock) : IRequestHandler<SubmitWebFormCommand, Guid>
{
    public async Task<Guid> Handle(SubmitWebFormCommand command, CancellationToken cancellationToken)
    {
        var phone = command.Phone!.Trim();
        var car = string.IsNullOrWhiteSpace(command.Car) ? null : command.Car.Trim();
        var contact = await registration.RegisterAsync(new NewContact(
            ContactKind.WebForm, ContactCategory.RepairServices, clock.GetUtcNow().UtcDateTime, phone, registration.ToE164(phone), null, null,
            ClientsWords: string.IsNullOrWhiteSpace(command.Wish) ? null : command.Wish.Trim(),
            WebForm: new WebFormDetails(command.Name!.Trim(), car)), cancellationToken);
        return contact.Id.Value;
    }
}
