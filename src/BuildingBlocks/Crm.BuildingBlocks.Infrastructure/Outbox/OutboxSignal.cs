namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Wakes this node's dispatchers right after a commit wrote outbox rows, so in-process delivery is prompt
/// without polling tightly. Other replicas find the rows on their next poll.
/// </summary>
public sealed class OutboxSignal
{
    /// <summary>One signal per module DbContext, so a commit wakes that module's dispatcher only.</summary>
    public sealed class Registry
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, OutboxSignal> _signals = new();

        public OutboxSignal For(Type contextType) => _signals.GetOrAdd(contextType, _ => new OutboxSignal());
    }

    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent commit: one wake-up serves both.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
