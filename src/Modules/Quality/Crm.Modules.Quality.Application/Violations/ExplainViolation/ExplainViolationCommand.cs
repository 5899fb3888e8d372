using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Violations.ExplainViolation;

/// <summary>
/// The employee concerned explains the violation. Only they may: anybody else — a supervisor too — gets 403
/// <c>violation.not-concerned</c> (the explanation is the employee's own word).
/// </summary>
public sealed record ExplainViolationCommand(Guid ViolationId, int? ExpectedVersion, string? Explanation) : ICommand<Unit>;

internal sealed class ExplainViolationValidator : AbstractValidator<ExplainViolationCommand>
{
    public ExplainViolationValidator() =>
        RuleFor(c => c.Explanation).NotEmpty().MaximumLength(Violation.ExplanationMaxLength).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Write the explanation.");
}

internal sealed class ExplainViolationHandler(IRepository<Violation> violations, QualityPeople people, TimeProvider clock) : IRequestHandler<ExplainViolationCommand, Unit>
{
    public async Task<Unit> Handle(ExplainViolationCommand command, CancellationToken cancellationToken)
    {
        var violation = await violations.LoadForUpdateAsync(new ViolationByIdSpec(command.ViolationId, forUpdate: true), ViolationsLoading.What, command.ViolationId, cancellationToken, command.ExpectedVersion);
        if (violation.EmployeeId != people.CurrentId)
        {
            throw new ForbiddenException("Only the employee the violation concerns writes the explanation.", "violation.not-concerned");
        }

        violation.Explain(command.Explanation!, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
