using Crm.Modules.ServiceStation.Domain.Bookings.Rules;
using FluentValidation;

namespace Crm.Modules.ServiceStation.Application.Bookings;

/// <summary>The span rule of bookings answered at the door: a 400 on "endsAt" (or "startsAt") with the rule's words.</summary>
internal static class BookingInput
{
    public static void Span<T>(AbstractValidator<T> validator, Func<T, DateTimeOffset?> startsAt, Func<T, DateTimeOffset?> endsAt, Func<T, TimeSpan?>? defaultLength = null) =>
        validator.RuleFor(c => c).Custom((command, context) =>
        {
            if (startsAt(command) is not { } start)
            {
                return;
            }

            var end = endsAt(command) ?? (defaultLength?.Invoke(command) is { } length ? start + length : null);
            var rule = new BookingSpanMustFitQuartersRule(start.UtcDateTime, (end ?? start.AddMinutes(15)).UtcDateTime);
            if (rule.IsBroken())
            {
                var field = start.UtcDateTime.Ticks % Domain.Bookings.BookingSlot.Length.Ticks != 0 ? "startsAt" : "endsAt";
                context.AddFailure(new FluentValidation.Results.ValidationFailure(field, rule.Message) { ErrorCode = rule.Code });
            }
        });
}
