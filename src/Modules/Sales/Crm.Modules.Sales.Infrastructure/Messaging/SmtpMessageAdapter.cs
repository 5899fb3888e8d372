using System.Net;
using System.Net.Mail;
using Crm.Modules.Sales.Domain.Messages;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>E-mail through a real SMTP server (System.Net.Mail: no package), configured under <c>Sales:Messages:Smtp</c>.</summary>
internal sealed class SmtpMessageAdapter(IOptions<MessagingOptions> options) : IMessageAdapter
{
    public const string Name = "Smtp";

    public string AdapterName => Name;

    public async Task SendAsync(ClientMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        using var mail = new MailMessage(smtp.From, message.Recipient, message.Subject ?? string.Empty, message.Body);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
