using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.Vehicles.Rules;
using FluentValidation;

namespace Crm.Modules.ServiceStation.Application.Vehicles;

/// <summary>The fields of a vehicle as typed in, checked the same way for registering and changing one.</summary>
public interface IVehicleFields
{
    string? Plate { get; }

    string? Make { get; }

    string? Model { get; }

    int? Year { get; }

    Guid? OwnerClientId { get; }
}

internal static class VehicleInput
{
    /// <summary>The VIN's own rule answers at the door, as a 400 on "vin" with the rule's words.</summary>
    public static void Vin<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> vin) =>
        validator.RuleFor(vin).Custom((text, context) =>
        {
            var rule = new VinMustBeValidRule(text);
            if (rule.IsBroken())
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, rule.Message) { ErrorCode = rule.Code });
            }
        });

    public static void Fields<T>(AbstractValidator<T> validator, TimeProvider clock)
        where T : IVehicleFields
    {
        validator.RuleFor(v => v.Plate).NotEmpty().MaximumLength(Vehicle.PlateMaxLength);
        validator.RuleFor(v => v.Make).NotEmpty().MaximumLength(Vehicle.NameMaxLength);
        validator.RuleFor(v => v.Model).NotEmpty().MaximumLength(Vehicle.NameMaxLength);
        validator.RuleFor(v => v.Year).NotNull().InclusiveBetween(Vehicle.EarliestYear, clock.GetUtcNow().Year + 1);
        validator.RuleFor(v => v.OwnerClientId).NotNull().NotEqual(Guid.Empty);
    }

    public static VehicleDetails Details(IVehicleFields fields) => new(fields.Plate!, fields.Make!, fields.Model!, fields.Year!.Value);
}
