using System.Globalization;
using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Reminders.Rules;

/// <summary>A reminder whose moment has already passed could only arrive late: the person should pick another offset.</summary>
public sealed class ReminderMomentMustBeInFutureRule(DateTime remindAtUtc, DateTime nowUtc) : IBusinessRule
{
    public string Code => "reminder.in-past";

    public string Message => string.Create(CultureInfo.InvariantCulture, $"The reminder would be due at {remindAtUtc:yyyy-MM-dd HH:mm} UTC, which has already passed; choose a shorter offset or no reminder.");

    public bool IsBroken() => remindAtUtc <= nowUtc;
}
