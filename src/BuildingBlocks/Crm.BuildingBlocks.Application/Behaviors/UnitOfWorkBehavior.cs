using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using MediatR;

namespace Crm.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Last before the handler: a command's changes, its version checks and its outbox rows are saved in one
/// transaction of the module that owns the command. Queries pass straight through. A command marked
/// <see cref="IRetriedOnDuplicateKey"/> that loses a race for a new row runs once more, clean; one marked
/// <see cref="IRetriedOnConflict"/> that loses a version check runs again, clean, up to <see cref="ConflictAttempts"/>
/// times in all. Retries happen only where the transaction is whole: in the outermost command (a nested command's
/// changes belong to its caller, which retries, or answers, as a whole).
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWorkLocator unitOfWorks)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public const int ConflictAttempts = 8;

    private static readonly bool IsRetriedOnDuplicateKey = typeof(IRetriedOnDuplicateKey).IsAssignableFrom(typeof(TRequest));

    private static readonly bool IsRetriedOnConflict = typeof(IRetriedOnConflict).IsAssignableFrom(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        var unitOfWork = unitOfWorks.For(typeof(TRequest));
        var outermost = !unitOfWork.IsOpen;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunAsync(unitOfWork, next, cancellationToken);
            }
            catch (DuplicateKeyException) when (IsRetriedOnDuplicateKey && outermost && attempt == 1)
            {
                unitOfWork.DiscardChanges();
            }
            catch (ConcurrencyConflictException) when (IsRetriedOnConflict && outermost && attempt < ConflictAttempts)
            {
                unitOfWork.DiscardChanges();
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
        }
    }

    private static async Task<TResponse> RunAsync(IUnitOfWork unitOfWork, RequestHandlerDelegate<TResponse> next, CancellationToken cancellationToken)
    {
        using var scope = unitOfWork.Begin();
        var response = await next();
        await scope.CommitAsync(cancellationToken);
        return response;
    }
}
