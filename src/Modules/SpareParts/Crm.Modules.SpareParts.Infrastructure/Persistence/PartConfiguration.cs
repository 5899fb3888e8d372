using Crm.Modules.SpareParts.Domain.Parts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

internal sealed class PartConfiguration : IEntityTypeConfiguration<Part>
{
    public void Configure(EntityTypeBuilder<Part> builder)
    {
        builder.ToTable("Parts");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Article).IsRequired().HasMaxLength(Part.ArticleMaxLength);
        builder.Property(p => p.ArticleKey).IsRequired().HasMaxLength(Part.ArticleMaxLength);
        builder.Property(p => p.Brand).IsRequired().HasMaxLength(Part.BrandMaxLength);
        builder.Property(p => p.BrandKey).IsRequired().HasMaxLength(Part.BrandMaxLength);
        builder.Property(p => p.Name).IsRequired().HasMaxLength(Part.NameMaxLength);
        builder.Property(p => p.Unit).IsRequired().HasMaxLength(8);
        builder.Property(p => p.Price).HasPrecision(12, 2);
        builder.HasIndex(p => new { p.ArticleKey, p.BrandKey }).IsUnique(); // one brand's article is one part; search by article reads this index
    }
}
