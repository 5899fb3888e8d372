using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.ListVehicles;

/// <summary>Vehicles by VIN, a page at a time; of one owner, or with a plate (as typed, any case), when asked.</summary>
public sealed record ListVehiclesQuery(Guid? OwnerClientId, string? Plate, string? Cursor, int? Limit) : IQuery<KeysetPage<VehicleSummaryDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListVehiclesValidator : AbstractValidator<ListVehiclesQuery>
{
    public ListVehiclesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListVehiclesQuery.MaxLimit);
        RuleFor(q => q.Plate).MaximumLength(Vehicle.PlateMaxLength);
        RuleFor(q => q.Cursor).Must(StationCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListVehiclesHandler(IReadRepository<Vehicle> vehicles) : IRequestHandler<ListVehiclesQuery, KeysetPage<VehicleSummaryDto>>
{
    public async Task<KeysetPage<VehicleSummaryDto>> Handle(ListVehiclesQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListVehiclesQuery.DefaultLimit;
        var rows = await vehicles.ProjectToListAsync<VehicleRow>(
            new VehicleListSpec(query.OwnerClientId, query.Plate?.Trim().ToUpperInvariant(), StationCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).Select(r => new VehicleSummaryDto(r.Id.Value, r.Vin, r.Plate, r.Make, r.Model, r.Year, r.OwnerClientId)).ToList();
        return new KeysetPage<VehicleSummaryDto>(page, rows.Count > limit ? StationCursor.Encode(page[^1].Vin) : null);
    }
}

/// <summary>The columns a list row needs (ADR 0061).</summary>
public sealed record VehicleRow(VehicleId Id, string Vin, string Plate, string Make, string Model, int Year, Guid OwnerClientId);

public sealed class VehicleListSpec : Specification<Vehicle>
{
    public VehicleListSpec(Guid? ownerClientId, string? plate, string? afterVin, int take)
    {
        Query.Where(v => v.OwnerClientId == ownerClientId, ownerClientId is not null)
            .Where(v => v.Plate == plate, !string.IsNullOrEmpty(plate))
            .Where(v => string.Compare(v.Vin, afterVin) > 0, afterVin is not null)
            .OrderBy(v => v.Vin)
            .Take(take);
    }
}
