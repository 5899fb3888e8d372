namespace Crm.Modules.Processes.Domain.Instances;

/// <summary>
/// One step of an instance: the block, the exit it left by, who answered and with what comment, when. Kept in its
/// own table and only appended to, so an instance stays cheap to load however long its history.
/// </summary>
public sealed class TraceEntry
{
    private TraceEntry()
    {
        BlockId = BlockType = string.Empty;
    }

    internal TraceEntry(ProcessInstanceId instanceId, int sequence, DateTime atUtc, string blockId, string blockType, string? exit, Guid? employeeId, string? comment, string? detail)
    {
        Id = Guid.NewGuid();
        InstanceId = instanceId;
        Sequence = sequence;
        AtUtc = atUtc;
        BlockId = blockId;
        BlockType = blockType;
        Exit = exit;
        EmployeeId = employeeId;
        Comment = comment;
        Detail = detail;
    }

    public Guid Id { get; private set; }

    public ProcessInstanceId InstanceId { get; private set; }

    public int Sequence { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string BlockId { get; private set; }

    public string BlockType { get; private set; }

    public string? Exit { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public string? Comment { get; private set; }

    public string? Detail { get; private set; }
}
