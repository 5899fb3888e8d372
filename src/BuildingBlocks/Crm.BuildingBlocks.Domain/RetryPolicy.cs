namespace Crm.BuildingBlocks.Domain;

/// <summary>
/// How an outgoing message is retried: exponential back-off from <paramref name="FirstDelay"/>, capped at
/// <paramref name="MaxDelay"/>; after <paramref name="MaxAttempts"/> attempts it is failed for good.
/// </summary>
public sealed record RetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public const int ErrorMaxLength = 2000;

    public bool GivesUpAfter(int attempts) => attempts >= MaxAttempts;

    /// <summary>The wait before the next attempt, after <paramref name="attempts"/> failed ones.</summary>
    public TimeSpan DelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 20))));

    /// <summary>An adapter's error, cut to what a row keeps.</summary>
    public static string Trim(string error) => error.Length > ErrorMaxLength ? error[..ErrorMaxLength] : error;
}
