using Crm.BuildingBlocks.Infrastructure.Delivery;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.Tasking.Infrastructure.Reminders;

/// <summary>Needs no set-up: a text file per reminder under <c>Tasking:Reminders:Folder</c>/&lt;channel&gt;.</summary>
internal sealed class FolderReminderAdapter(IHostEnvironment environment) : IReminderAdapter
{
    public string AdapterName => FolderDelivery.AdapterName;

    public Task SendAsync(OutgoingMessage message, ReminderOptions options, CancellationToken cancellationToken) =>
        FolderDelivery.WriteAsync(Path.Combine(environment.ContentRootPath, options.Folder), message, cancellationToken);
}

internal sealed class SmtpReminderAdapter : IReminderAdapter
{
    public string AdapterName => SmtpDelivery.AdapterName;

    public Task SendAsync(OutgoingMessage message, ReminderOptions options, CancellationToken cancellationToken) =>
        SmtpDelivery.SendAsync(options.Smtp, message, cancellationToken);
}

internal sealed class TelegramReminderAdapter : IReminderAdapter
{
    public string AdapterName => TelegramDelivery.AdapterName;

    public Task SendAsync(OutgoingMessage message, ReminderOptions options, CancellationToken cancellationToken) =>
        TelegramDelivery.SendAsync(options.Telegram, message, cancellationToken);
}
