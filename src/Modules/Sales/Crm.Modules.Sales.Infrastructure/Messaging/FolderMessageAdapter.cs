using System.Globalization;
using System.Text;
using Crm.Modules.Sales.Domain.Messages;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>
/// The channel that needs no set-up: each message becomes a text file under <c>Sales:Messages:Folder</c>/&lt;channel&gt;,
/// so a new user sees what clients would receive.
/// </summary>
internal sealed class FolderMessageAdapter(IOptions<MessagingOptions> options, IHostEnvironment environment) : IMessageAdapter
{
    public const string Name = "Folder";

    public string AdapterName => Name;

    public async Task SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.Folder, message.Channel.ToString().ToLowerInvariant());
        Directory.CreateDirectory(folder);
        var name = $"{message.CreatedAtUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{message.Id.Value:N}.txt";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"To: {message.Recipient}")
            .AppendLine(CultureInfo.InvariantCulture, $"Channel: {message.Channel}")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject: {message.Subject}")
            .AppendLine()
            .AppendLine(message.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, name), text, cancellationToken);
    }
}
