using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Sales.Domain.Messages.Rules;

/// <summary>A message goes somewhere: the client needs an address on the chosen channel.</summary>
public sealed class MessageNeedsRecipientRule(MessageChannel channel, string? recipient) : IBusinessRule
{
    public string Code => "message.no-recipient";

    public string Message => $"The client has no {channel switch { MessageChannel.Email => "e-mail", MessageChannel.Sms => "phone", _ => "Telegram account" }}.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(recipient);
}
