using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Maintenance.SaveMaintenanceRule;

/// <summary>A new regular-maintenance rule (active unless said otherwise): the periodic check picks it up at once.</summary>
public sealed record CreateMaintenanceRuleCommand(string? WorksItem, int? EveryMonths, int? EveryKm, string? Make, bool? Active)
    : ICommand<Guid>, IMaintenanceRuleFields;

/// <summary>Changes a rule (a PUT: every field is sent); deactivating stops its checks, activating starts them again.</summary>
public sealed record ChangeMaintenanceRuleCommand(Guid RuleId, int? ExpectedVersion, string? WorksItem, int? EveryMonths, int? EveryKm, string? Make, bool? Active)
    : ICommand<Unit>, IMaintenanceRuleFields;

internal sealed class CreateMaintenanceRuleValidator : AbstractValidator<CreateMaintenanceRuleCommand>
{
    public CreateMaintenanceRuleValidator() => MaintenanceRuleInput.Fields(this);
}

internal sealed class ChangeMaintenanceRuleValidator : AbstractValidator<ChangeMaintenanceRuleCommand>
{
    public ChangeMaintenanceRuleValidator()
    {
        MaintenanceRuleInput.Fields(this);
        RuleFor(c => c.Active).NotNull();
    }
}

internal sealed class CreateMaintenanceRuleHandler(IRepository<MaintenanceRule> rules, TimeProvider clock) : IRequestHandler<CreateMaintenanceRuleCommand, Guid>
{
    public Task<Guid> Handle(CreateMaintenanceRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = MaintenanceRule.Create(
            new MaintenanceRuleId(Guid.NewGuid()), MaintenanceRuleInput.Interval(command), command.Active ?? true, clock.GetUtcNow().UtcDateTime);
        rules.Add(rule);
        return Task.FromResult(rule.Id.Value);
    }
}

internal sealed class ChangeMaintenanceRuleHandler(IRepository<MaintenanceRule> rules, TimeProvider clock) : IRequestHandler<ChangeMaintenanceRuleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeMaintenanceRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = await rules.ForUpdateAsync(command.RuleId, cancellationToken, command.ExpectedVersion);
        rule.Change(MaintenanceRuleInput.Interval(command), command.Active!.Value, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}
