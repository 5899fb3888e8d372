using Crm.BuildingBlocks.Application.Messaging;
using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using FluentValidation;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.Maintenance;

/// <summary>A maintenance rule's card. <see cref="Version"/> is also the ETag.</summary>
public sealed record MaintenanceRuleDto(
    Guid Id, string WorksItem, int? EveryMonths, int? EveryKm, string? Make, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? NextCheckAt, int Version)
    : IVersionedCard;

/// <summary>The fields of a rule as typed in, checked the same way for creating and changing one.</summary>
public interface IMaintenanceRuleFields
{
    string? WorksItem { get; }

    int? EveryMonths { get; }

    int? EveryKm { get; }

    string? Make { get; }
}

internal static class MaintenanceRuleInput
{
    public const int MaxMonths = 120;
    public const int MinKm = 100;
    public const int MaxKm = 1_000_000;

    public static void Fields<T>(AbstractValidator<T> validator)
        where T : IMaintenanceRuleFields
    {
        validator.RuleFor(r => r.WorksItem).NotEmpty().MaximumLength(Lines.NameMaxLength);
        validator.RuleFor(r => r.EveryMonths).InclusiveBetween(1, MaxMonths);
        validator.RuleFor(r => r.EveryKm).InclusiveBetween(MinKm, MaxKm);
        validator.RuleFor(r => r.EveryMonths).NotNull().When(r => r.EveryKm is null)
            .WithMessage("Give every how many months, every how many km, or both.");
        validator.RuleFor(r => r.Make).MaximumLength(MaintenanceRule.MakeMaxLength);
    }

    public static MaintenanceInterval Interval(IMaintenanceRuleFields fields) => new(fields.WorksItem!, fields.EveryMonths, fields.EveryKm, fields.Make);

    public static MaintenanceRuleDto ToDto(this MaintenanceRule r) =>
        new(r.Id.Value, r.WorksItem, r.EveryMonths, r.EveryKm, r.Make, r.IsActive, Show(r.CreatedAtUtc), Show(r.NextCheckAtUtc), r.Version);

    public static Task<MaintenanceRule> GetAsync(this IReadRepository<MaintenanceRule> rules, Guid id, CancellationToken ct) =>
        rules.FirstOrNotFoundAsync(new MaintenanceRuleByIdSpec(new MaintenanceRuleId(id)), "Maintenance rule", id, ct);

    public static Task<MaintenanceRule> ForUpdateAsync(this IRepository<MaintenanceRule> rules, Guid id, CancellationToken ct, int? expectedVersion) =>
        rules.LoadForUpdateAsync(new MaintenanceRuleByIdSpec(new MaintenanceRuleId(id), forUpdate: true), "Maintenance rule", id, ct, expectedVersion);
}

public sealed class MaintenanceRuleByIdSpec : Specification<MaintenanceRule>, ISingleResultSpecification<MaintenanceRule>
{
    public MaintenanceRuleByIdSpec(MaintenanceRuleId id, bool forUpdate = false) => Query.Where(r => r.Id == id).AsTracking(forUpdate);
}
