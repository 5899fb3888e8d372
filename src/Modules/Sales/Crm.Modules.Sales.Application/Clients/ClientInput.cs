using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Common;
using FluentValidation;

namespace Crm.Modules.Sales.Application.Clients;

/// <summary>The fields a client is registered or edited with.</summary>
public interface IClientFields
{
    string? Name { get; }

    string? Email { get; }

    string? Phone { get; }

    string? Telegram { get; }

    string? TimeZone { get; }
}

internal static class ClientFieldRules
{
    public static void Apply<T>(AbstractValidator<T> v)
        where T : IClientFields
    {
        v.RuleFor(c => c.Name).NotEmpty().MaximumLength(Client.NameMaxLength);
        v.RuleFor(c => c.Email).EmailAddress().MaximumLength(Client.EmailMaxLength);
        v.RuleFor(c => c.Phone).MaximumLength(Client.PhoneMaxLength).Matches(@"^\+?[0-9 ()\-]{5,}$").WithMessage("Give a phone number, e.g. +351 912 345 678.");
        v.RuleFor(c => c.Telegram).MaximumLength(Client.TelegramMaxLength);
        v.RuleFor(c => c.TimeZone).Must(z => z is null || SalesInput.IsTimeZone(z)).WithMessage("Give an IANA time zone, e.g. Europe/Lisbon.");
    }

    public static void Tags<T>(AbstractValidator<T> v, System.Linq.Expressions.Expression<Func<T, IReadOnlyList<string>?>> tags) =>
        v.RuleFor(tags).Must(list => list is null || list.All(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= Tag.MaxLength))
            .WithMessage($"Tags are non-empty, at most {Tag.MaxLength} characters.");
}
