using System.Globalization;
using System.Text;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>The channel that needs no set-up: a text file per message under &lt;folder&gt;/&lt;channel&gt;.</summary>
public static class FolderDelivery
{
    public const string AdapterName = "Folder";

    public static async Task WriteAsync(string folder, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var channelFolder = Path.Combine(folder, message.Channel.ToLowerInvariant());
        Directory.CreateDirectory(channelFolder);
        var name = $"{message.CreatedAtUtc.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{message.Id:N}.txt";
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"To: {message.Recipient}")
            .AppendLine(CultureInfo.InvariantCulture, $"Channel: {message.Channel}")
            .AppendLine(CultureInfo.InvariantCulture, $"Subject: {message.Subject}")
            .AppendLine()
            .AppendLine(message.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(channelFolder, name), text, cancellationToken);
    }
}
