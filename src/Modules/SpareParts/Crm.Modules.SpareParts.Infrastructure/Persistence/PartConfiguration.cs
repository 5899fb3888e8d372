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
        builder.HasIndex(p => new { p.BrandKey, p.ArticleKey }); // the order of lists (keyset) and the brand filter
        builder.OwnsMany(p => p.Analogues, analogue =>
        {
            analogue.ToTable("PartAnalogues");
            analogue.WithOwner().HasForeignKey("PartId");
            analogue.HasKey("PartId", nameof(PartAnalogue.ArticleKey), nameof(PartAnalogue.BrandKey));
            analogue.Property(a => a.Article).IsRequired().HasMaxLength(Part.ArticleMaxLength);
            analogue.Property(a => a.ArticleKey).IsRequired().HasMaxLength(Part.ArticleMaxLength);
            analogue.Property(a => a.Brand).IsRequired().HasMaxLength(Part.BrandMaxLength);
            analogue.Property(a => a.BrandKey).IsRequired().HasMaxLength(Part.BrandMaxLength);
            analogue.HasIndex(a => a.ArticleKey); // search by article finds the parts that list it
        });
        builder.OwnsMany(p => p.Words, word =>
        {
            word.ToTable("PartWords");
            word.WithOwner().HasForeignKey("PartId");
            word.HasKey("PartId", nameof(PartWord.Word));
            word.Property(w => w.Word).IsRequired().HasMaxLength(NameWords.MaxLength);
            word.HasIndex(nameof(PartWord.Word), "PartId"); // search by name words: one index range per word
        });
    }
}
