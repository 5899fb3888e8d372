using System.Reflection;
using Crm.BuildingBlocks.Domain;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: one schema per module (on SQLite, which has no schemas, table names are
/// unique instead), the module's outbox and inbox tables, UTC times and typed ids stored as their Guid.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The module's schema, lower case (e.g. "tasking"); also the prefix of its outbox and inbox tables.</summary>
    public abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        var prefix = char.ToUpperInvariant(Schema[0]) + Schema[1..];
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration(prefix + "Outbox"));
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration(prefix + "Inbox"));
        modelBuilder.ApplyConfigurationsFromAssembly(GetType().Assembly);
        foreach (var aggregate in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IAggregateRoot).IsAssignableFrom(e.ClrType)).ToList())
        {
            // Every aggregate is versioned: a write based on a version somebody else changed fails (409).
            modelBuilder.Entity(aggregate.ClrType).Property(nameof(IAggregateRoot.Version)).IsConcurrencyToken();
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>(); // DateTime? too
        foreach (var idType in TypedIdTypes())
        {
            configurationBuilder.Properties(idType).HaveConversion(typeof(TypedIdConverter<>).MakeGenericType(idType));
        }
    }

    /// <summary>Typed ids declared in the assemblies of this context's entity types.</summary>
    private IEnumerable<Type> TypedIdTypes() =>
        GetType().GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0].Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsValueType && typeof(ITypedId).IsAssignableFrom(t));

    internal static IEnumerable<Type> ContextTypesIn(Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(t));
}
