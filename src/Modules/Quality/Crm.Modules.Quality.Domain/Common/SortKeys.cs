using System.Globalization;

namespace Crm.Modules.Quality.Domain.Common;

/// <summary>Newest-first keys: the moment to the tick, then the id, so ties of one moment page stably.</summary>
public static class SortKeys
{
    public const int Length = 21 + 1 + 32;

    public static string Of(DateTime utc, Guid id) => utc.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "|" + id.ToString("N");
}
