using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.ExpectedMileage;

/// <summary>
/// The mileage the vehicle is expected to show at the start of <see cref="On"/> (a day in the reader's time zone;
/// today when not given), predicted from its readings. <see cref="ExpectedMileageDto.Km"/> is null without readings.
/// </summary>
public sealed record ExpectedMileageQuery(Guid VehicleId, DateOnly? On) : IQuery<ExpectedMileageDto>;

public sealed record ExpectedMileageDto(DateOnly On, int? Km, double? KmPerDay, DateTimeOffset? FromReadingAt);

internal sealed class ExpectedMileageValidator : AbstractValidator<ExpectedMileageQuery>
{
    public ExpectedMileageValidator() =>
        RuleFor(q => q.On).InclusiveBetween(new DateOnly(1900, 1, 1), new DateOnly(2999, 12, 31));
}

internal sealed class ExpectedMileageHandler(IReadRepository<Vehicle> vehicles, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<ExpectedMileageQuery, ExpectedMileageDto>
{
    public async Task<ExpectedMileageDto> Handle(ExpectedMileageQuery query, CancellationToken cancellationToken)
    {
        var vehicle = await vehicles.GetAsync(query.VehicleId, cancellationToken);
        var on = query.On ?? DateOnly.FromDateTime(me.Show(clock.GetUtcNow().UtcDateTime).DateTime);
        var expected = vehicle.ExpectedMileageAt(ReaderDay.StartUtc(on, me.TimeZone));
        return new ExpectedMileageDto(on, expected?.Km, expected?.KmPerDay is { } pace ? Math.Round(pace, 1) : null, DocumentInput.Show(expected?.FromReadingAtUtc));
    }
}
