using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>What another module asks a task to show: the object it made from the task, named and addressed.</summary>
public sealed record TaskLinkSpec(string Module, string Kind, Guid ObjectId, string Label, string Href);

/// <summary>A link on a task to another module's object (e.g. the cart picked from it), shown on the task's card.</summary>
public sealed class TaskLink
{
    public const int ModuleMaxLength = 40;
    public const int KindMaxLength = 40;
    public const int LabelMaxLength = 200;
    public const int HrefMaxLength = 400;

    private TaskLink()
    {
        Module = Kind = Label = Href = string.Empty;
    }

    internal TaskLink(TaskLinkSpec spec, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Module = Guard.NotBlank(spec.Module, nameof(spec.Module), ModuleMaxLength);
        Kind = Guard.NotBlank(spec.Kind, nameof(spec.Kind), KindMaxLength);
        ObjectId = spec.ObjectId;
        Label = Guard.NotBlank(spec.Label, nameof(spec.Label), LabelMaxLength);
        Href = Guard.NotBlank(spec.Href, nameof(spec.Href), HrefMaxLength);
        AttachedAtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public string Module { get; private set; }

    public string Kind { get; private set; }

    public Guid ObjectId { get; private set; }

    public string Label { get; private set; }

    public string Href { get; private set; }

    public DateTime AttachedAtUtc { get; private set; }

    internal bool Names(TaskLinkSpec spec) => Module == spec.Module && Kind == spec.Kind && ObjectId == spec.ObjectId;

    internal void Describe(TaskLinkSpec spec, DateTime atUtc)
    {
        Label = Guard.NotBlank(spec.Label, nameof(spec.Label), LabelMaxLength);
        Href = Guard.NotBlank(spec.Href, nameof(spec.Href), HrefMaxLength);
        AttachedAtUtc = atUtc;
    }
}
