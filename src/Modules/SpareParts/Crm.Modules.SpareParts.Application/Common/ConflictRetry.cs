using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>
/// Stock levels are hot rows: two requests reserving the same part both read version n, and the second one's save
/// fails the version check. Such a command is run again, clean, on what the first one committed: the second reserve
/// for the last unit then reads that nothing is available and is refused with stock.insufficient, instead of a
/// 409 the user could not act on. A stale If-Match stays a 409: the order's version still differs on every run.
/// Only for the outermost command (a nested one's changes belong to its caller's transaction).
/// </summary>
public static class ConflictRetry
{
    public const int Attempts = 8;

    public static async Task<T> SendRetryingAsync<T>(this IMediator mediator, IUnitOfWorkLocator unitOfWorks, ICommand<T> command, CancellationToken ct)
    {
        var unitOfWork = unitOfWorks.For(command.GetType());
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await mediator.Send(command, ct);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts && !unitOfWork.IsOpen)
            {
                unitOfWork.DiscardChanges();
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct); // two replicas retrying in step would meet again
            }
        }
    }
}
