using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Estimates.ChangeEstimate;

/// <summary>The client changed their mind: the estimate's works and parts are replaced (until it is booked).</summary>
public sealed record ChangeEstimateCommand(Guid EstimateId, int? ExpectedVersion, IReadOnlyList<WorkInput>? Works, IReadOnlyList<PartInput>? Parts)
    : ICommand<Unit>;

internal sealed class ChangeEstimateValidator : AbstractValidator<ChangeEstimateCommand>
{
    public ChangeEstimateValidator()
    {
        RuleFor(c => c.Works).NotNull();
        RuleFor(c => c.Parts).NotNull();
        DocumentInput.Works(this, c => c.Works);
        DocumentInput.Parts(this, c => c.Parts);
    }
}

internal sealed class ChangeEstimateHandler(IRepository<Estimate> estimates, TimeProvider clock) : IRequestHandler<ChangeEstimateCommand, Unit>
{
    public async Task<Unit> Handle(ChangeEstimateCommand command, CancellationToken cancellationToken)
    {
        var estimate = await estimates.ForUpdateAsync(command.EstimateId, cancellationToken, command.ExpectedVersion);
        estimate.ChangeLines(DocumentInput.Specs(command.Works), DocumentInput.Specs(command.Parts), clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
