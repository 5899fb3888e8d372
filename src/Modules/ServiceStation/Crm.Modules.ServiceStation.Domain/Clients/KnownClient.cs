using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Phones;

namespace Crm.Modules.ServiceStation.Domain.Clients;

/// <summary>
/// A client as Sales last told about it (its client facts): the station's copy, kept to match callers by phone and
/// to show who a contact is with, without reading Sales' tables (ADR 0068). The id is Sales' client id.
/// <see cref="AsOfUtc"/> is when Sales' facts were true: an older report (delivered late) changes nothing.
/// </summary>
public sealed class KnownClient : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;
    public const int PhoneMaxLength = 40;
    public const int E164MaxLength = 16;
    public const int EmailMaxLength = 320;
    public const int SortKeyMaxLength = NameMaxLength + 33;

    private KnownClient()
    {
        Name = string.Empty;
    }

    public string Name { get; private set; }

    /// <summary>The phone as Sales shows it.</summary>
    public string? Phone { get; private set; }

    /// <summary>The phone in E.164, what callers' numbers are matched against; null when Sales has none (or not a number).</summary>
    public string? PhoneE164 { get; private set; }

    public string? Email { get; private set; }

    public DateTime AsOfUtc { get; private set; }

    /// <summary>The list's order, unique: the name, then the id for namesakes.</summary>
    public string SortKey { get; private set; } = string.Empty;

    /// <summary>
    /// False while the client is only awaited: an operator named it before Sales' facts arrived. The row is there so
    /// that the facts, arriving while the operator's change commits, meet it (one of the two waits for the other) and
    /// never miss the contact that awaits them.
    /// </summary>
    public bool Reported { get; private set; }

    public static KnownClient Awaited(Guid salesClientId) => new() { Id = salesClientId, AsOfUtc = DateTime.MinValue, SortKey = "|" + salesClientId.ToString("N") };

    public static KnownClient From(Guid salesClientId, ClientSnapshot snapshot, PhoneRegion region)
    {
        var client = new KnownClient { Id = salesClientId, AsOfUtc = DateTime.MinValue };
        client.Apply(snapshot, region);
        return client;
    }

    /// <summary>Takes a snapshot at least as new as the one held; returns whether it did.</summary>
    public bool Apply(ClientSnapshot snapshot, PhoneRegion region)
    {
        if (snapshot.AsOfUtc < AsOfUtc)
        {
            return false;
        }

        Name = Trim(snapshot.Name, NameMaxLength) ?? Name;
        Phone = Trim(snapshot.Phone, PhoneMaxLength);
        PhoneE164 = PhoneNumber.ToE164(snapshot.Phone, region);
        Email = Trim(snapshot.Email, EmailMaxLength);
        AsOfUtc = snapshot.AsOfUtc;
        Reported = true;
        SortKey = Name + "|" + Id.ToString("N");
        return true;
    }

    // Sales' limits may change; a copy keeps what fits rather than refuse Sales' facts.
    private static string? Trim(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim() is var t && t.Length > max ? t[..max] : value.Trim();
}

/// <summary>What Sales reported about a client at <see cref="AsOfUtc"/>.</summary>
public sealed record ClientSnapshot(string? Name, string? Phone, string? Email, DateTime AsOfUtc);
