using Crm.BuildingBlocks.Infrastructure.Delivery;
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
    public const string Name = FolderDelivery.AdapterName;

    public string AdapterName => Name;

    public Task SendAsync(ClientMessage message, CancellationToken cancellationToken) =>
        FolderDelivery.WriteAsync(Path.Combine(environment.ContentRootPath, options.Value.Folder), message.ToOutgoing(), cancellationToken);
}
