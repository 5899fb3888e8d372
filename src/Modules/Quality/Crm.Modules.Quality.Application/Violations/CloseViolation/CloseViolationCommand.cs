using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;
using MediatR;

namespace Crm.Modules.Quality.Application.Violations.CloseViolation;

/// <summary>A supervisor, having read the explanation, accepts it or lets the violation stand (closed).</summary>
public sealed record CloseViolationCommand(Guid ViolationId, int? ExpectedVersion, bool AcceptExplanation) : ICommand<Unit>;

internal sealed class CloseViolationHandler(IRepository<Violation> violations, QualityPeople people, TimeProvider clock) : IRequestHandler<CloseViolationCommand, Unit>
{
    public async Task<Unit> Handle(CloseViolationCommand command, CancellationToken cancellationToken)
    {
        var supervisor = await people.SupervisorAsync("close a violation", cancellationToken);
        (await violations.ForUpdateAsync(command.ViolationId, people, cancellationToken, command.ExpectedVersion))
            .Close(command.AcceptExplanation, supervisor, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
