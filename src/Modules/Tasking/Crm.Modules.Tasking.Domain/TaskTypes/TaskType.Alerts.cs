using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes.Rules;

namespace Crm.Modules.Tasking.Domain.TaskTypes;

/// <summary>Who hears of a task of the type without looking: its addressees when it opens, a supervisor when it times out.</summary>
public sealed partial class TaskType
{
    /// <summary>Alert the addressees (each through their notification channel) the moment a task of the type opens.</summary>
    public bool AlertsOnOpen { get; private set; }

    /// <summary>An employee or a position told when a task of the type outlives its reaction time unanswered; null: nobody.</summary>
    public Addressee? EscalateTo { get; private set; }

    public void SetAlerts(bool alertsOnOpen, Addressee? escalateTo)
    {
        CheckRule(new EscalationGoesToPersonOrPositionRule(escalateTo));
        AlertsOnOpen = alertsOnOpen;
        EscalateTo = escalateTo;
    }
}
