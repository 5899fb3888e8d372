using Crm.Modules.Quality.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

internal sealed class QualityEmployeeConfiguration : IEntityTypeConfiguration<QualityEmployee>
{
    // A handful of position ids per employee, read whole with the card: one text column, ids joined by commas.
    private static readonly ValueComparer<List<Guid>> IdsComparer = new(
        (left, right) => left!.SequenceEqual(right!), ids => ids.Aggregate(0, (hash, id) => HashCode.Combine(hash, id)), ids => ids.ToList());

    public void Configure(EntityTypeBuilder<QualityEmployee> builder)
    {
        builder.ToTable("QualityStaff"); // "Employees" is Tasking's on SQLite, where tables share one namespace
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).IsRequired().HasMaxLength(QualityEmployee.NameMaxLength);
        builder.Ignore(e => e.Dismissed);
        builder.Ignore(e => e.PositionIds);
        builder.Property<List<Guid>>("_positionIds").HasColumnName("PositionIds").IsRequired()
            .HasConversion(ids => string.Join(',', ids), text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList(), IdsComparer);
    }
}
