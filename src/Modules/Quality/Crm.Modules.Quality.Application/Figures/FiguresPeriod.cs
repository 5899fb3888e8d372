namespace Crm.Modules.Quality.Application.Figures;

/// <summary>The period figures count: the one asked for, or the last 30 days up to now when none is given.</summary>
public static class FiguresPeriod
{
    public static readonly TimeSpan Default = TimeSpan.FromDays(30);

    public static (DateTime FromUtc, DateTime ToUtc) Of(DateTimeOffset? from, DateTimeOffset? to, TimeProvider clock)
    {
        if (from is { } start && to is { } end)
        {
            return (start.UtcDateTime, end.UtcDateTime);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return (now - Default, now);
    }
}
