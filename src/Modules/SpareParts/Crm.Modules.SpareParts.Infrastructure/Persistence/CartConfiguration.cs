using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Parts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.SpareParts.Infrastructure.Persistence;

internal sealed class CartConfiguration : IEntityTypeConfiguration<Cart>
{
    private const int KindMaxLength = 16;

    public void Configure(EntityTypeBuilder<Cart> builder)
    {
        builder.ToTable("Carts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(KindMaxLength);
        builder.Property(c => c.SortKey).IsRequired().HasMaxLength(64);
        builder.Property(c => c.DiscardReason).HasMaxLength(Cart.ReasonMaxLength);
        builder.Property(c => c.RefusalCode).HasMaxLength(100);
        builder.Property(c => c.Refusal).HasMaxLength(Cart.ReasonMaxLength);
        builder.Ignore(c => c.Total);
        builder.OwnsOne(c => c.Source, source =>
        {
            source.Property(s => s.Kind).HasColumnName("SourceKind").IsRequired().HasMaxLength(KindMaxLength);
            source.Property(s => s.Id).HasColumnName("SourceId");
            source.Property(s => s.SubjectType).HasColumnName("SourceSubjectType").HasMaxLength(KindMaxLength);
            source.Property(s => s.SubjectId).HasColumnName("SourceSubjectId");
            source.Ignore(s => s.Document);
            source.HasIndex(s => new { s.Kind, s.Id }); // the carts of a task, contact, booking or work order
            source.HasIndex(s => new { s.SubjectType, s.SubjectId }); // … and of a task's subject
        });
        builder.Navigation(c => c.Source).IsRequired();
        builder.OwnsOne(c => c.Document, document =>
        {
            document.Property(d => d.Kind).HasColumnName("DocumentKind").IsRequired().HasMaxLength(KindMaxLength);
            document.Property(d => d.Id).HasColumnName("DocumentId");
        });
        builder.OwnsMany(c => c.Lines, line =>
        {
            line.ToTable("CartLines");
            line.WithOwner().HasForeignKey("CartId");
            line.HasKey(l => l.Id);
            line.Property(l => l.Id).ValueGeneratedNever();
            line.Property(l => l.Article).IsRequired().HasMaxLength(Part.ArticleMaxLength);
            line.Property(l => l.Brand).IsRequired().HasMaxLength(Part.BrandMaxLength);
            line.Property(l => l.Name).IsRequired().HasMaxLength(Part.NameMaxLength);
            line.Property(l => l.Unit).IsRequired().HasMaxLength(8);
            line.Property(l => l.Quantity).HasPrecision(12, 3);
            line.Property(l => l.Price).HasPrecision(12, 2);
        });
    }
}
