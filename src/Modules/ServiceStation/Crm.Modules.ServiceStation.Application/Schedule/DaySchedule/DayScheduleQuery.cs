using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Bays.ListBays;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Schedule.DaySchedule;

/// <summary>
/// A day's bookings (today when no day is given) as the reader lives it: from their midnight to the next, times in
/// their zone; by bay (every bay, free ones too) and by master consultant. Cancelled bookings are left out; a no-show
/// stays, marked. Master consultants are named from the station's copy of the staff. Of one bay or one master consultant when asked.
/// </summary>
public sealed record DayScheduleQuery(DateOnly? Day, Guid? BayId, Guid? MasterConsultantId) : IQuery<DayScheduleDto>;

public sealed record ScheduledBookingDto(
    Guid Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt, BookingStatus Status, Guid BayId, Guid MasterConsultantId, string? MasterConsultantName, Guid ClientId, Guid VehicleId, string? Plate, string? Car)
{
    /// <summary>The visit's parts cannot arrive before it starts (ADR 0085); <see cref="PartsExpectedAt"/> is when they are expected.</summary>
    public bool PartsLate { get; init; }

    public DateTimeOffset? PartsExpectedAt { get; init; }
}

public sealed record BayDayDto(Guid BayId, string Name, IReadOnlyList<ScheduledBookingDto> Bookings);

public sealed record MasterConsultantDayDto(Guid MasterConsultantId, string? Name, IReadOnlyList<ScheduledBookingDto> Bookings);

public sealed record DayScheduleDto(DateOnly Day, string TimeZone, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<BayDayDto> Bays, IReadOnlyList<MasterConsultantDayDto> MasterConsultants);

internal sealed class DayScheduleValidator : AbstractValidator<DayScheduleQuery>
{
    public DayScheduleValidator() => RuleFor(q => q.Day).InclusiveBetween(new DateOnly(2000, 1, 1), new DateOnly(2999, 12, 31));
}

internal sealed class DayScheduleHandler(IDayScheduleReader bookings, IReadRepository<Bay> bays, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<DayScheduleQuery, DayScheduleDto>
{
    public async Task<DayScheduleDto> Handle(DayScheduleQuery query, CancellationToken cancellationToken)
    {
        var day = query.Day ?? DateOnly.FromDateTime(me.Show(clock.GetUtcNow().UtcDateTime).DateTime);
        var (from, to) = ReaderDay.SpanUtc(day, me.TimeZone);
        var rows = await bookings.ReadAsync(new DayBookingsSpec(from, to, query.BayId, query.MasterConsultantId), cancellationToken);
        var shown = rows.Select(Show).ToList();
        var allBays = (await bays.ListAsync(new BaysByNameSpec(), cancellationToken)).Where(b => query.BayId is null || b.Id.Value == query.BayId);
        return new DayScheduleDto(day, me.TimeZone.Id, DocumentInput.Show(from), DocumentInput.Show(to),
            allBays.Select(b => new BayDayDto(b.Id.Value, b.Name, shown.Where(s => s.BayId == b.Id.Value).ToList())).ToList(),
            shown.GroupBy(s => s.MasterConsultantId).Select(g => new MasterConsultantDayDto(g.Key, g.First().MasterConsultantName, g.ToList())).OrderBy(m => m.MasterConsultantId).ToList());
    }

    private static ScheduledBookingDto Show(ScheduleRow r) => new(
        r.Id.Value, DocumentInput.Show(r.StartsAtUtc), DocumentInput.Show(r.EndsAtUtc), r.Status, r.BayId.Value, r.MasterConsultantId, r.MasterConsultantName, r.ClientId, r.VehicleId,
        r.Plate, r.Plate is null ? null : $"{r.Make} {r.Model}")
    {
        PartsLate = r.PartsLate, PartsExpectedAt = DocumentInput.Show(r.PartsExpectedAtUtc),
    };
}
