using System.Diagnostics;

namespace Crm.Tests.Support;

/// <summary>Polls an asynchronous effect (e.g. an event delivered by the outbox dispatcher) until it shows or time runs out.</summary>
public static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> probe, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var limit = Stopwatch.StartNew();
        var last = await probe();
        while (!condition(last))
        {
            if (limit.Elapsed > (timeout ?? TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException($"Timed out waiting until {what}; last value: {last}");
            }

            await Task.Delay(50);
            last = await probe();
        }

        return last;
    }
}
