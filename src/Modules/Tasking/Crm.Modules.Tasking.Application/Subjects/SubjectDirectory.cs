using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Subjects;

/// <summary>
/// What Tasking knows about the objects tasks are about (ADR 0036): whether one exists, what people call it, and
/// which objects belong to it. Fed by the owning modules' reports, never by reading their tables.
/// </summary>
public sealed class SubjectDirectory(IReadRepository<SubjectEntry> entries)
{
    /// <summary>
    /// Types whose every object is described to Tasking (Sales' clients and orders): a task about one Tasking has
    /// not heard of is refused. Other types (contacts, work orders) are taken as given until their modules report.
    /// </summary>
    public static readonly IReadOnlyList<string> CheckedTypes = ["client", "order"];

    private readonly Dictionary<(string Type, string Id), string> _names = [];

    public async Task EnsureKnownAsync(SubjectDto? subject, CancellationToken cancellationToken)
    {
        if (subject is null || !CheckedTypes.Contains(subject.Type.Trim().ToLowerInvariant()))
        {
            return;
        }

        if (!await entries.AnyAsync(new SubjectEntrySpec(new Subject(subject.Type, subject.Id)), cancellationToken))
        {
            throw new InvalidFieldException("subject.id", $"There is no {subject.Type.Trim().ToLowerInvariant()} with this id (or it is not known yet).");
        }
    }

    public async Task<SubjectEntry?> FindAsync(Subject subject, CancellationToken cancellationToken) =>
        await entries.FirstOrDefaultAsync(new SubjectEntrySpec(subject), cancellationToken);

    /// <summary>The object and everything that belongs to it, for "the client's tasks, its orders' too".</summary>
    public async Task<SubjectScope> ScopeAsync(Subject owner, CancellationToken cancellationToken) =>
        new(owner, await entries.ListAsync(new OwnedSubjectsSpec(owner), cancellationToken));

    /// <summary>Loads the display names of these subjects, once per request.</summary>
    public async Task LoadNamesAsync(IEnumerable<SubjectDto?> subjects, CancellationToken cancellationToken)
    {
        var wanted = subjects.OfType<SubjectDto>().Where(s => !_names.ContainsKey((s.Type, s.Id))).Select(s => s.Id).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var entry in await entries.ListAsync(new SubjectEntriesSpec(wanted), cancellationToken))
        {
            _names[(entry.Type, entry.ObjectId)] = entry.DisplayName;
        }
    }

    /// <summary>The subject with its display name, when the directory knows it (load the names first).</summary>
    public SubjectDto? Named(SubjectDto? subject) =>
        subject is not null && _names.TryGetValue((subject.Type, subject.Id), out var name) ? subject with { Name = name } : subject;
}
