using System.Runtime.CompilerServices;
using System.Text.Json;
using Crm.Modules.Processes.Application.Common;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

/// <summary>
/// A value kept as one JSON text column (a definition's document, an instance's tokens and counters, an object's
/// facts): read and written with the row, compared by content for change tracking. Provider-neutral: plain text.
/// </summary>
internal static class JsonColumn<T>
    where T : class
{
    public static readonly ValueConverter<T, string> Converter = new(
        value => JsonSerializer.Serialize(value, ProcessJson.Options),
        json => JsonSerializer.Deserialize<T>(json, ProcessJson.Options)!);

    public static readonly ValueComparer<T> Comparer = new(
        (left, right) => Json(left) == Json(right),
        value => Json(value).GetHashCode(StringComparison.Ordinal),
        value => Snapshot(value));

    /// <summary>
    /// The JSON of EF's snapshot copies. Nothing ever changes a copy, so its JSON is kept instead of being written
    /// again on every comparison (each SaveChanges compares at least twice): ADR 0026.
    /// </summary>
    private static readonly ConditionalWeakTable<T, string> SnapshotJson = new();

    private static T Snapshot(T value)
    {
        var json = Serialize(value);
        var copy = JsonSerializer.Deserialize<T>(json, ProcessJson.Options)!;
        SnapshotJson.AddOrUpdate(copy, json);
        return copy;
    }

    private static string Json(T? value) =>
        value is null ? string.Empty : SnapshotJson.TryGetValue(value, out var json) ? json : Serialize(value);

    private static string Serialize(T value) => JsonSerializer.Serialize(value, ProcessJson.Options);
}
