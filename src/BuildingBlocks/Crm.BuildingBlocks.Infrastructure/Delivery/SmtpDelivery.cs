using System.Net;
using System.Net.Mail;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>E-mail through a real SMTP server (System.Net.Mail: no package).</summary>
public static class SmtpDelivery
{
    public const string AdapterName = "Smtp";

    public static async Task SendAsync(SmtpOptions smtp, OutgoingMessage message, CancellationToken cancellationToken)
    {
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
