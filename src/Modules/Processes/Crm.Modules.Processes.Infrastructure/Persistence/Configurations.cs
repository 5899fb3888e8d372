using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

internal sealed class DefinitionConfiguration : IEntityTypeConfiguration<ProcessDefinition>
{
    public void Configure(EntityTypeBuilder<ProcessDefinition> builder)
    {
        builder.ToTable("ProcessDefinitions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Draft).HasColumnName("Document").HasConversion(JsonColumn<ProcessDocument>.Converter, JsonColumn<ProcessDocument>.Comparer).IsRequired();
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(16);
        builder.Ignore(d => d.Name);
        builder.Ignore(d => d.ObjectType);
    }
}

internal sealed class VersionConfiguration : IEntityTypeConfiguration<ProcessVersion>
{
    public void Configure(EntityTypeBuilder<ProcessVersion> builder)
    {
        builder.ToTable("ProcessVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Document).HasConversion(JsonColumn<ProcessDocument>.Converter, JsonColumn<ProcessDocument>.Comparer).IsRequired();
        builder.Property(v => v.ObjectType).HasMaxLength(64);
        builder.Property(v => v.EntryKind).HasMaxLength(32);
        builder.Property(v => v.EntryFact).HasMaxLength(128);
        builder.HasIndex(v => new { v.DefinitionId, v.Number });
        builder.HasIndex(v => new { v.ObjectType, v.EntryKind });
        builder.Ignore(v => v.IsTestRun);
    }
}

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<ProcessInstance>
{
    public void Configure(EntityTypeBuilder<ProcessInstance> builder)
    {
        builder.ToTable("ProcessInstances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.ProcessName).HasMaxLength(300);
        builder.Property(i => i.ObjectType).HasMaxLength(64);
        builder.Property(i => i.ObjectId).HasMaxLength(128);
        builder.Property(i => i.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Outcome).HasMaxLength(100);
        builder.Property(i => i.IncidentError).HasMaxLength(2000);
        builder.Property<List<Token>>("_tokens").HasColumnName("Tokens")
            .HasConversion(JsonColumn<List<Token>>.Converter, JsonColumn<List<Token>>.Comparer).IsRequired();
        builder.Property<Dictionary<string, decimal>>("_counters").HasColumnName("Counters")
            .HasConversion(JsonColumn<Dictionary<string, decimal>>.Converter, JsonColumn<Dictionary<string, decimal>>.Comparer).IsRequired();
        builder.Ignore(i => i.Tokens);
        builder.Ignore(i => i.Counters);
        builder.HasMany(i => i.NewTraceEntries).WithOne().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.NewTraceEntries).HasField("_trace").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.ObjectType, i.ObjectId, i.State });
        builder.HasIndex(i => new { i.DefinitionId, i.State });
        builder.HasIndex(i => i.StartedAtUtc);
    }
}

internal sealed class TraceConfiguration : IEntityTypeConfiguration<TraceEntry>
{
    public void Configure(EntityTypeBuilder<TraceEntry> builder)
    {
        builder.ToTable("ProcessTrace");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.BlockId).HasMaxLength(100);
        builder.Property(t => t.BlockType).HasMaxLength(32);
        builder.Property(t => t.Exit).HasMaxLength(100);
        builder.Property(t => t.Comment).HasMaxLength(4000);
        builder.HasIndex(t => new { t.InstanceId, t.Sequence });
    }
}

internal sealed class TimerConfiguration : IEntityTypeConfiguration<ProcessTimer>
{
    public void Configure(EntityTypeBuilder<ProcessTimer> builder)
    {
        builder.ToTable("ProcessTimers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.DueAtUtc);
        builder.HasIndex(t => t.InstanceId);
        builder.HasIndex(t => t.DefinitionId);
    }
}

internal sealed class RequestConfiguration : IEntityTypeConfiguration<ProcessRequest>
{
    public void Configure(EntityTypeBuilder<ProcessRequest> builder)
    {
        builder.ToTable("ProcessRequests");
        builder.HasKey(r => r.RequestId);
        builder.Property(r => r.RequestId).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(16);
        builder.Property(r => r.BlockId).HasMaxLength(100);
    }
}

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<ObjectSnapshot>
{
    public void Configure(EntityTypeBuilder<ObjectSnapshot> builder)
    {
        builder.ToTable("ProcessObjectFacts");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ObjectType).HasMaxLength(64);
        builder.Property(s => s.ObjectId).HasMaxLength(128);
        builder.Property<Dictionary<string, FactValue>>("_facts").HasColumnName("Facts")
            .HasConversion(JsonColumn<Dictionary<string, FactValue>>.Converter, JsonColumn<Dictionary<string, FactValue>>.Comparer).IsRequired();
        builder.Ignore(s => s.Facts);
        builder.HasIndex(s => new { s.ObjectType, s.ObjectId }).IsUnique();
    }
}

internal sealed class OfferedActionConfiguration : IEntityTypeConfiguration<OfferedActionEntry>
{
    public void Configure(EntityTypeBuilder<OfferedActionEntry> builder)
    {
        builder.ToTable("ProcessOfferedActions");
        builder.HasKey(a => new { a.Module, a.Name, a.ObjectType });
        builder.Property(a => a.Module).HasMaxLength(64);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.ObjectType).HasMaxLength(64);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Parameters).HasMaxLength(1000);
    }
}
