using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Sales.Infrastructure.Staff;

/// <summary>
/// Sales' copy of one employee's card, as much as Sales shows (the name on a card's tasks). Kept from Tasking's
/// EmployeeCardChanged events; <see cref="Version"/> is Tasking's version of the card, so an older or repeated card
/// changes nothing and copies on every replica converge on the newest (ADR 0059).
/// </summary>
internal sealed class StaffCopy
{
    public const int NameMaxLength = 200;

    private StaffCopy()
    {
        Name = string.Empty;
    }

    public StaffCopy(Guid id, int version, string name, DateTime? dismissedAtUtc)
    {
        Id = id;
        Version = version;
        Name = name;
        DismissedAtUtc = dismissedAtUtc;
    }

    public Guid Id { get; private set; }

    public int Version { get; private set; }

    public string Name { get; private set; }

    public DateTime? DismissedAtUtc { get; private set; }

    /// <summary>Takes a card newer than the one held; an older or equal one (a repeat, a roll call) is ignored.</summary>
    public void Apply(int version, string name, DateTime? dismissedAtUtc)
    {
        if (version > Version)
        {
            (Version, Name, DismissedAtUtc) = (version, name, dismissedAtUtc);
        }
    }
}

internal sealed class StaffCopyConfiguration : IEntityTypeConfiguration<StaffCopy>
{
    public void Configure(EntityTypeBuilder<StaffCopy> builder)
    {
        builder.ToTable("SalesStaff");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).IsRequired().HasMaxLength(StaffCopy.NameMaxLength);
        // Two replicas applying two cards of one employee at once: the second write finds the version changed and
        // is retried, reading the newer card first (the handler's conflict retry).
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
