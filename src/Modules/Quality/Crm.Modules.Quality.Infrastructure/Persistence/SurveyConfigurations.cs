using System.Text.Json;
using Crm.Modules.Quality.Domain.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Crm.Modules.Quality.Infrastructure.Persistence;

/// <summary>A list read and written whole with its row (questions, answers, ids, reasons): one JSON text column, compared by content.</summary>
internal static class JsonList<T>
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly ValueConverter<List<T>, string> Converter = new(
        value => JsonSerializer.Serialize(value, Options), json => JsonSerializer.Deserialize<List<T>>(json, Options) ?? new List<T>());

    public static readonly ValueComparer<List<T>> Comparer = new(
        (left, right) => JsonSerializer.Serialize(left, Options) == JsonSerializer.Serialize(right, Options),
        value => JsonSerializer.Serialize(value, Options).GetHashCode(StringComparison.Ordinal),
        value => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(value, Options), Options)!);

    public static PropertyBuilder<List<T>> Column(EntityTypeBuilder builder, string field, string column) =>
        builder.Property<List<T>>(field).HasColumnName(column).HasConversion(Converter, Comparer).IsRequired();
}

internal sealed class SurveyTemplateConfiguration : IEntityTypeConfiguration<SurveyTemplate>
{
    public void Configure(EntityTypeBuilder<SurveyTemplate> builder)
    {
        builder.ToTable("SurveyTemplates");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Ignore(t => t.Current);
        builder.Property(t => t.SortKey).IsRequired().HasMaxLength(64);
        builder.HasIndex(t => t.SortKey).IsUnique();
        builder.HasMany(t => t.Versions).WithOne().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SurveyTemplateVersionConfiguration : IEntityTypeConfiguration<SurveyTemplateVersion>
{
    public void Configure(EntityTypeBuilder<SurveyTemplateVersion> builder)
    {
        builder.ToTable("SurveyTemplateVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Name).IsRequired().HasMaxLength(SurveyTemplate.NameMaxLength);
        builder.Property(v => v.Questions).HasConversion(JsonList<SurveyQuestion>.Converter, JsonList<SurveyQuestion>.Comparer).IsRequired();
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique(); // a version is released once
    }
}

internal sealed class SurveyRuleConfiguration : IEntityTypeConfiguration<SurveyRule>
{
    public void Configure(EntityTypeBuilder<SurveyRule> builder)
    {
        builder.ToTable("SurveyRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Terms);
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.SortKey).IsRequired().HasMaxLength(64);
        builder.HasIndex(r => r.SortKey).IsUnique();
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Ignore(s => s.Subject);
        builder.Ignore(s => s.ServedBy);
        builder.Ignore(s => s.Answers);
        builder.Ignore(s => s.Reasons);
        builder.Property(s => s.SubjectType).IsRequired().HasMaxLength(32);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Score).HasPrecision(4, 1);
        builder.Property(s => s.SortKey).IsRequired().HasMaxLength(64);
        JsonList<Guid>.Column(builder, "_servedBy", "ServedBy");
        JsonList<SurveyAnswer>.Column(builder, "_answers", "Answers");
        JsonList<string>.Column(builder, "_reasons", "Reasons");
        builder.HasIndex(s => s.SortKey).IsUnique();
        builder.HasIndex(s => new { s.ClientId, s.DueAtUtc }); // a rule's "not too often" looks for the client's recent surveys
        builder.HasIndex(s => s.SubjectId).IsUnique(); // one survey per work order or sale, whatever the rules or replicas
        builder.HasIndex(s => new { s.Status, s.DueAtUtc }); // the job looks for scheduled surveys due
    }
}
