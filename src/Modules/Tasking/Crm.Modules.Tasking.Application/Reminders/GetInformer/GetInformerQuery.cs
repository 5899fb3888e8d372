using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using MediatR;

namespace Crm.Modules.Tasking.Application.Reminders.GetInformer;

/// <summary>My informer: notices of reminders shown to me now, newest first.</summary>
public sealed record GetInformerQuery : IQuery<IReadOnlyList<InformerNoticeDto>>;

internal sealed class GetInformerHandler(StaffMember me, IReminderReader reader) : IRequestHandler<GetInformerQuery, IReadOnlyList<InformerNoticeDto>>
{
    public async Task<IReadOnlyList<InformerNoticeDto>> Handle(GetInformerQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var rows = await reader.NoticesShownAsync(me.Id, clock.NowUtc, cancellationToken);
        return rows
            .OrderByDescending(r => r.SentAtUtc)
            .Select(r => new InformerNoticeDto(r.Id, r.TaskId, r.TaskNumber, r.Title, clock.Show(r.MomentUtc), clock.Show(r.SentAtUtc), Text(r, clock)))
            .ToList();
    }

    private static string Text(InformerRow row, LocalClock clock) =>
        ReminderTexts.Body(row.Reason, row.TaskNumber, row.Title, clock.Show(row.MomentUtc).DateTime);
}
