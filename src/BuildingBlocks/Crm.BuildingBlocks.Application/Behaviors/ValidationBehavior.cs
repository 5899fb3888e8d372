using FluentValidation;
using MediatR;

namespace Crm.BuildingBlocks.Application.Behaviors;

/// <summary>Second: rejects bad input with every failing field before the handler or the database sees it.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        return failures.Count == 0 ? await next() : throw new ValidationException(failures);
    }
}
