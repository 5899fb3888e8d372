namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// A count that stops at <see cref="Cap"/>: counting a huge list exactly costs as much as reading it, and nobody
/// needs more than "10,000+". <see cref="Text"/> is what to show.
/// </summary>
public sealed record CappedCount(int Value, bool Capped, string Text)
{
    public const int Cap = 10_000;

    /// <summary>From a count of at most Cap + 1 rows.</summary>
    public static CappedCount Of(int counted) =>
        counted > Cap ? new CappedCount(Cap, true, Format(Cap) + "+") : new CappedCount(counted, false, Format(counted));

    private static string Format(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Counts the rows of a specification up to <see cref="CappedCount.Cap"/> + 1, in the database.</summary>
public interface ICappedCounter
{
    Task<CappedCount> CountAsync<T>(Ardalis.Specification.ISpecification<T> specification, CancellationToken cancellationToken)
        where T : class;
}
