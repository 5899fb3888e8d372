using System.Security.Cryptography;
using System.Text;
using Crm.Modules.Sales.Application.Payments;
using Microsoft.Extensions.Configuration;

namespace Crm.Modules.Sales.Infrastructure.Payments;

/// <summary>
/// Reads <c>Sales:Payments</c>. Without configured keys, both are derived from <c>Auth:SigningKey</c> (distinct per
/// purpose), so a development host works without set-up; production sets <c>ProviderKey</c> to the provider's secret.
/// </summary>
internal static class PaymentSettingsFactory
{
    public static PaymentSettings Create(IConfiguration configuration)
    {
        var section = configuration.GetSection("Sales:Payments");
        var root = configuration["Auth:SigningKey"];
        return new PaymentSettings
        {
            LinkKey = Key(section["LinkKey"], root, "sales-payment-links"),
            ProviderKey = Key(section["ProviderKey"], root, "sales-payment-provider"),
            CheckoutUrl = section["CheckoutUrl"] ?? "https://pay.example.com/checkout",
            LinkLifetime = section.GetValue("LinkLifetime", TimeSpan.FromDays(3)),
        };
    }

    private static byte[] Key(string? configured, string? root, string purpose)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return Encoding.UTF8.GetBytes(configured);
        }

        return string.IsNullOrEmpty(root)
            ? throw new InvalidOperationException($"Set Sales:Payments keys or Auth:SigningKey ({purpose}).")
            : HMACSHA256.HashData(Encoding.UTF8.GetBytes(root), Encoding.UTF8.GetBytes(purpose));
    }
}
