using System.Globalization;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Domain.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Subjects.DescribeSubject;

/// <summary>
/// Modules describe their objects with <see cref="FactsReportedIntegrationEvent"/> (the contract processes read
/// too). Tasking keeps from it what a task card needs: the object's name (the <c>name</c> fact, else
/// "Order 1042" from <c>number</c>) and the client it belongs to (<c>client.id</c>).
/// </summary>
internal sealed class ObjectDescribedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<SubjectEntry> entries, TimeProvider clock)
    : IntegrationEventHandler<FactsReportedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(FactsReportedIntegrationEvent report, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(report.Object.Type) || string.IsNullOrWhiteSpace(report.Object.Id))
        {
            return;
        }

        var subject = new Subject(report.Object.Type, report.Object.Id);
        var name = DisplayName(subject.Type, report.Facts);
        var owner = Text(report.Facts, "client.id") is { Length: > 0 } clientId && subject.Type != "client" ? new Subject("client", clientId) : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var entry = await entries.FirstOrDefaultAsync(new SubjectEntrySpec(subject, forUpdate: true), cancellationToken);
        if (entry is not null)
        {
            entry.Describe(name ?? entry.DisplayName, owner, now);
        }
        else if (name is not null)
        {
            entries.Add(SubjectEntry.Register(new SubjectEntryId(Guid.NewGuid()), subject, name, owner, now));
        }
    }

    /// <summary>Facts are partial: a report naming neither keeps the name Tasking has.</summary>
    private static string? DisplayName(string type, IReadOnlyDictionary<string, object?> facts)
    {
        if (Text(facts, "name") is { Length: > 0 } name)
        {
            return name.Length > SubjectEntry.NameMaxLength ? name[..SubjectEntry.NameMaxLength] : name;
        }

        return Text(facts, "number") is { Length: > 0 } number
            ? $"{char.ToUpperInvariant(type[0])}{type[1..].Replace('-', ' ')} {number}"
            : null;
    }

    /// <summary>A fact as text, whether it came through the outbox (JSON) or was handed over in-process.</summary>
    private static string? Text(IReadOnlyDictionary<string, object?> facts, string key) =>
        facts.TryGetValue(key, out var value) ? value switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString()?.Trim(),
            JsonElement { ValueKind: JsonValueKind.Number } e => e.GetRawText(),
            JsonElement => null,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString()?.Trim(),
        } : null;
}
