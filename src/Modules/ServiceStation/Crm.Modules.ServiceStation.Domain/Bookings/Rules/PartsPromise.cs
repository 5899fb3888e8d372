namespace Crm.Modules.ServiceStation.Domain.Bookings.Rules;

/// <summary>
/// A visit waiting for parts keeps its promise only when the parts are expected by the time the car is: parts
/// expected after the booking starts make it late (ADR 0085). Parts expected at the very start still count as in time.
/// </summary>
public static class PartsPromise
{
    public static bool IsLate(DateTime? partsExpectedAtUtc, DateTime startsAtUtc) => partsExpectedAtUtc is { } expected && expected > startsAtUtc;
}
