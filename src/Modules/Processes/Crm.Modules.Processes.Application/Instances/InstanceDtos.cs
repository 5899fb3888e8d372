using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Application.Instances;

public sealed record TokenDto(Guid Id, string BlockId, TokenStatus Status, WaitKind Wait, int Attempts, string? LastError);

public sealed record TraceDto(int Step, DateTimeOffset At, string BlockId, string BlockType, string? Exit, Guid? EmployeeId, string? Comment, string? Detail);

public sealed record IncidentDto(string Error, DateTimeOffset At);

public sealed record InstanceSummary(
    Guid Id, Guid DefinitionId, string ProcessName, int Version, ObjectReference Object, InstanceState State, string? Outcome,
    bool IsTestRun, bool HasIncident, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    /// <summary>The instance's line in a list, its times shown in the reader's zone.</summary>
    public static InstanceSummary Of(ProcessInstance i, ICurrentEmployee reader) => new(
        i.Id.Value, i.DefinitionId.Value, i.ProcessName, i.VersionNumber, new ObjectReference(i.ObjectType, i.ObjectId), i.State, i.Outcome,
        i.IsTestRun, i.IncidentError is not null, reader.Show(i.StartedAtUtc), i.EndedAtUtc is { } ended ? reader.Show(ended) : null);
}

public sealed record InstanceDto(
    InstanceSummary Summary,
    Guid? ParentId,
    IReadOnlyList<TokenDto> Tokens,
    IReadOnlyDictionary<string, decimal> Counters,
    IncidentDto? Incident,
    IReadOnlyList<TraceDto> Trace);
