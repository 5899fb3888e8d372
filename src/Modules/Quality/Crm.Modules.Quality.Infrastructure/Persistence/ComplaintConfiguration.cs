using Crm.Modules.Quality.Domain.Common;
using Crm.Modules.Quality.Domain.Complaints;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    private const int EnumMaxLength = 16;

    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("QualityComplaints"); // tables share one namespace on SQLite
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Gist).IsRequired().HasMaxLength(Complaint.GistMaxLength);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(EnumMaxLength);
        builder.Property(c => c.Opinion).HasMaxLength(Complaint.OpinionMaxLength);
        builder.Property(c => c.DecisionNote).HasMaxLength(Complaint.NoteMaxLength);
        builder.Property(c => c.SortKey).IsRequired().HasMaxLength(SortKeys.Length);
        builder.HasIndex(c => c.SortKey).IsUnique();
        builder.HasIndex(c => new { c.EmployeeId, c.SortKey }); // an employee's own list
        builder.OwnsOne(c => c.Origin, origin =>
        {
            origin.Property(o => o.Kind).HasColumnName("OriginKind").IsRequired().HasMaxLength(ComplaintOrigin.KindMaxLength);
            origin.Property(o => o.Id).HasColumnName("OriginId").HasMaxLength(ComplaintOrigin.IdMaxLength);
            origin.HasIndex(o => new { o.Kind, o.Id }).IsUnique().HasFilter("\"OriginId\" IS NOT NULL"); // one complaint per survey or action request; manual ones have no id (SQL Server would treat NULLs as equal)
        });
        builder.Navigation(c => c.Origin).IsRequired();
        builder.OwnsOne(c => c.Subject, subject =>
        {
            subject.Property(s => s.Type).HasColumnName("SubjectType").IsRequired().HasMaxLength(ComplaintSubject.TypeMaxLength);
            subject.Property(s => s.Id).HasColumnName("SubjectId");
        });
        builder.Navigation(c => c.Subject).IsRequired();
    }
}
