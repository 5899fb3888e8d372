using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using MediatR;

namespace Crm.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Last before the handler: a command's changes, its version checks and its outbox rows are saved in one
/// transaction of the module that owns the command. Queries pass straight through. A command marked
/// <see cref="IRetriedOnDuplicateKey"/> that loses a race for a new row runs once more, clean, when its scope is the outermost.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWorkLocator unitOfWorks)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static readonly bool IsRetried = typeof(IRetriedOnDuplicateKey).IsAssignableFrom(typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        var unitOfWork = unitOfWorks.For(typeof(TRequest));
        var outermost = !unitOfWork.IsOpen;
        try
        {
            return await RunAsync(unitOfWork, next, cancellationToken);
        }
        catch (DuplicateKeyException) when (IsRetried && outermost)
        {
            unitOfWork.DiscardChanges();
            return await RunAsync(unitOfWork, next, cancellationToken);
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
