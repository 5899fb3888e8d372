namespace Crm.Modules.Tasking.Application.Common;

/// <summary>Hands out task numbers: unique, growing, safe when several hosts create tasks at once.</summary>
public interface ITaskNumbers
{
    Task<long> NextAsync(CancellationToken cancellationToken);
}
