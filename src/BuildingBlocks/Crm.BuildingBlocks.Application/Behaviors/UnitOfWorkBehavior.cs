using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using MediatR;

namespace Crm.BuildingBlocks.Application.Behaviors;

/// <summary>
/// Last before the handler: a command's changes, its version checks and its outbox rows are saved in one
/// transaction of the module that owns the command. Queries pass straight through.
/// </summary>
public sealed class UnitOfWorkBehavior<TRequest, TResponse>(IUnitOfWorkLocator unitOfWorks)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly bool IsCommand = typeof(TRequest).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!IsCommand)
        {
            return await next();
        }

        using var scope = unitOfWorks.For(typeof(TRequest)).Begin();
        var response = await next();
        await scope.CommitAsync(cancellationToken);
        return response;
    }
}
