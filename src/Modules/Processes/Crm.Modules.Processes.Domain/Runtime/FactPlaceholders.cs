using System.Globalization;
using System.Text.RegularExpressions;
using Crm.Modules.Processes.Domain.Expressions;

namespace Crm.Modules.Processes.Domain.Runtime;

/// <summary>
/// "{lost-reason}" in a task's title or script becomes the object's fact when the task is asked, so the person sees
/// why without opening the object. A fact the object lacks becomes empty text: a missing fact is normal (not every
/// call is lost), never an error. Braces around anything that is not a fact name stay as written.
/// </summary>
public static partial class FactPlaceholders
{
    public static string? Fill(string? text, IFactSource facts) =>
        text is null || !text.Contains('{', StringComparison.Ordinal) ? text : Placeholder().Replace(text, m => Show(facts.Get(m.Groups[1].Value)));

    private static string Show(FactValue fact) => fact.Kind switch
    {
        FactKind.Null => string.Empty,
        FactKind.Text => fact.Text ?? string.Empty,
        FactKind.Moment => fact.Moment.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        _ => fact.ToString(),
    };

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_.\-]*)\}")]
    private static partial Regex Placeholder();
}
