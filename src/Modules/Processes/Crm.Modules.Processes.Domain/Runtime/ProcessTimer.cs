using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Runtime;

/// <summary>
/// A moment something must happen: a delay ends, a wait's limit is reached, an action is retried or timed out,
/// working hours open, a periodic entry check is due. Timers are rows, so they survive restarts; a dispatcher
/// claims due rows with a lease, so each fires once even with several replicas.
/// </summary>
public sealed class ProcessTimer
{
    private ProcessTimer()
    {
    }

    public Guid Id { get; private set; }

    public ProcessInstanceId? InstanceId { get; private set; }

    public Guid? TokenId { get; private set; }

    public ProcessDefinitionId? DefinitionId { get; private set; }

    public TimerPurpose Purpose { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public DateTime? LockedUntilUtc { get; private set; }

    public static ProcessTimer ForToken(ScheduleTimer scheduled, ProcessInstanceId instance) => new()
    {
        Id = scheduled.TimerId,
        InstanceId = instance,
        TokenId = scheduled.TokenId,
        Purpose = scheduled.Purpose,
        DueAtUtc = scheduled.DueAtUtc,
    };

    public static ProcessTimer PeriodicCheck(ProcessDefinitionId definition, DateTime dueAtUtc) => new()
    {
        Id = Guid.NewGuid(),
        DefinitionId = definition,
        Purpose = TimerPurpose.PeriodicCheck,
        DueAtUtc = dueAtUtc,
    };
}

/// <summary>Routes an answer (a task's result, an action's outcome) back to the instance and token that asked.</summary>
public sealed class ProcessRequest
{
    private ProcessRequest()
    {
        Kind = BlockId = string.Empty;
    }

    public Guid RequestId { get; private set; }

    public ProcessInstanceId InstanceId { get; private set; }

    public Guid TokenId { get; private set; }

    public string Kind { get; private set; }

    public string BlockId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static ProcessRequest For(RegisterRequest request, ProcessInstanceId instance, DateTime nowUtc) => new()
    {
        RequestId = request.RequestId,
        InstanceId = instance,
        TokenId = request.TokenId,
        Kind = request.Kind,
        BlockId = request.BlockId,
        CreatedAtUtc = nowUtc,
    };
}

/// <summary>An action a module offers, as it last announced it.</summary>
public sealed class OfferedActionEntry
{
    private OfferedActionEntry()
    {
        Module = Name = ObjectType = Description = Parameters = string.Empty;
    }

    public string Module { get; private set; }

    public string Name { get; private set; }

    public string ObjectType { get; private set; }

    public string Description { get; private set; }

    /// <summary>Parameter names, comma-separated.</summary>
    public string Parameters { get; private set; }

    public DateTime AnnouncedAtUtc { get; private set; }

    public void RefreshFrom(OfferedActionEntry announced)
    {
        ObjectType = announced.ObjectType;
        Description = announced.Description;
        Parameters = announced.Parameters;
        AnnouncedAtUtc = announced.AnnouncedAtUtc;
    }

    public static OfferedActionEntry Of(string module, string name, string objectType, string description, IEnumerable<string> parameters, DateTime nowUtc) => new()
    {
        Module = module,
        Name = name,
        ObjectType = objectType,
        Description = description,
        Parameters = string.Join(',', parameters),
        AnnouncedAtUtc = nowUtc,
    };
}
