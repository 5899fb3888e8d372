using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Bookings.Rules;

/// <summary>
/// A booking holds a bay for whole quarters of an hour (every time zone's offset is a multiple of 15 minutes, so the
/// quarters are the same in every reader's zone), for at least one quarter and at most a week.
/// </summary>
public sealed class BookingSpanMustFitQuartersRule(DateTime startsAtUtc, DateTime endsAtUtc) : IBusinessRule
{
    public static readonly TimeSpan Longest = TimeSpan.FromDays(7);

    public string Code => "booking.span";

    public string Message => "A booking starts and ends on a quarter of an hour (:00, :15, :30, :45), ends after it starts and lasts at most 7 days.";

    public bool IsBroken() =>
        !OnQuarter(startsAtUtc) || !OnQuarter(endsAtUtc) || endsAtUtc <= startsAtUtc || endsAtUtc - startsAtUtc > Longest;

    private static bool OnQuarter(DateTime moment) => moment.Ticks % BookingSlot.Length.Ticks == 0;
}

/// <summary>A booking that was cancelled or whose car arrived is history: it is not moved, cancelled or accepted again.</summary>
public sealed class BookingMustBeOpenRule(BookingStatus status) : IBusinessRule
{
    public string Code => "booking.closed";

    public string Message => $"The booking is {status.ToString().ToLowerInvariant()}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status is not (BookingStatus.Booked or BookingStatus.NoShow);
}

/// <summary>Only a car that is still expected can fail to come.</summary>
public sealed class NoShowNeedsExpectedCarRule(BookingStatus status) : IBusinessRule
{
    public string Code => "booking.not-expected";

    public string Message => $"The booking is {status.ToString().ToLowerInvariant()}, not waiting for the car.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != BookingStatus.Booked;
}

/// <summary>A car is late only once its time has come.</summary>
public sealed class NoShowOnlyAfterStartRule(DateTime startsAtUtc, DateTime nowUtc) : IBusinessRule
{
    public string Code => "booking.not-started";

    public string Message => "The booked time has not come yet: the client may still arrive.";

    public bool IsBroken() => nowUtc < startsAtUtc;
}
