using System.Diagnostics;

namespace Crm.Bench.Engine;

/// <summary>Counts EF Core's "command executed"/"command failed" events in this process while started.</summary>
public sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private long _count;
    private volatile bool _counting;

    public CommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    /// <summary>When set, the text of every counted command (to see what one instance costs).</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string>? Texts { get; init; }

    public void Start() => _counting = true;

    /// <summary>
    /// Starts counting once EF has seen the subscription: EF checks whether anyone listens at most once a second (its
    /// logging cache time), so a command run at once after subscribing would go uncounted.
    /// </summary>
    public async Task StartAsync()
    {
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        Start();
    }

    public long Stop()
    {
        _counting = false;
        return Interlocked.Read(ref _count);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_counting && (value.Key.EndsWith(".CommandExecuted", StringComparison.Ordinal) || value.Key.EndsWith(".CommandError", StringComparison.Ordinal)))
        {
            Interlocked.Increment(ref _count);
            if (Texts is { } texts && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData data)
            {
                texts.Enqueue(data.Command.CommandText);
            }
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }
}
