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
        (left, right) => Serialize(left) == Serialize(right),
        value => Serialize(value).GetHashCode(StringComparison.Ordinal),
        value => JsonSerializer.Deserialize<T>(Serialize(value), ProcessJson.Options)!);

    private static string Serialize(T? value) => value is null ? string.Empty : JsonSerializer.Serialize(value, ProcessJson.Options);
}
