using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Domain.Violations;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Quality.Application.Violations.RegisterViolation;

/// <summary>A supervisor registers a violation of one employee by hand (403 for anybody else); the employee is asked to explain.</summary>
public sealed record RegisterViolationCommand(Guid? EmployeeId, string? Description) : ICommand<Guid>;

internal sealed class RegisterViolationValidator : AbstractValidator<RegisterViolationCommand>
{
    public RegisterViolationValidator()
    {
        RuleFor(c => c.EmployeeId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(Violation.DescriptionMaxLength).Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage("Describe the violation.");
    }
}

internal sealed class RegisterViolationHandler(IRepository<Violation> violations, QualityPeople people, TimeProvider clock)
    : IRequestHandler<RegisterViolationCommand, Guid>
{
    public async Task<Guid> Handle(RegisterViolationCommand command, CancellationToken cancellationToken)
    {
        var supervisor = await people.SupervisorAsync("register a violation", cancellationToken);
        await people.ConcernedAsync(command.EmployeeId!.Value, "employeeId", cancellationToken);
        var violation = Violation.Register(Guid.NewGuid(), command.EmployeeId.Value, command.Description!, null, supervisor, clock.GetUtcNow().UtcDateTime);
        violations.Add(violation);
        return violation.Id;
    }
}
