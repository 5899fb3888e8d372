using System.Globalization;

namespace Crm.Modules.Processes.Domain.Expressions;

public enum FactKind
{
    Null,
    Boolean,
    Number,
    Text,
    Moment,
}

/// <summary>A value a condition works with: a fact of an object, a counter, or a literal.</summary>
public readonly record struct FactValue(FactKind Kind, bool Boolean = false, decimal Number = 0, string? Text = null, DateTime Moment = default)
{
    public static readonly FactValue Null = new(FactKind.Null);

    public static FactValue Of(bool value) => new(FactKind.Boolean, Boolean: value);

    public static FactValue Of(decimal value) => new(FactKind.Number, Number: value);

    public static FactValue Of(string? value) => value is null ? Null : new(FactKind.Text, Text: value);

    public static FactValue Of(DateTime value) => new(FactKind.Moment, Moment: DateTime.SpecifyKind(value, DateTimeKind.Utc));

    /// <summary>Values as modules report them (string, number, bool, DateTime, null); anything else becomes text.</summary>
    public static FactValue From(object? value) => value switch
    {
        null => Null,
        FactValue fact => fact,
        bool b => Of(b),
        decimal d => Of(d),
        int i => Of(i),
        long l => Of(l),
        double f => Of((decimal)f),
        DateTime t => Of(t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : t),
        DateTimeOffset o => Of(o.UtcDateTime),
        string s => Of(s),
        _ => Of(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    public override string ToString() => Kind switch
    {
        FactKind.Null => "null",
        FactKind.Boolean => Boolean ? "true" : "false",
        FactKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        FactKind.Moment => Moment.ToString("O", CultureInfo.InvariantCulture),
        _ => $"'{Text}'",
    };
}

/// <summary>Where a condition reads names from: the object's facts, the instance's counters, now.</summary>
public interface IFactSource
{
    FactValue Get(string name);

    DateTime NowUtc { get; }
}
