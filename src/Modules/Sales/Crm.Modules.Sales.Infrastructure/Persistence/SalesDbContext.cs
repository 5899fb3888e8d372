using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;
using Crm.Modules.Sales.Infrastructure.Staff;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

/// <summary>Sales' own database: schema "sales" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class SalesDbContext(DbContextOptions<SalesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "sales";

    public override string Schema => SchemaName;

    public DbSet<Client> Clients => Set<Client>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Purchase> Purchases => Set<Purchase>();

    public DbSet<ClientMessage> Messages => Set<ClientMessage>();

    public DbSet<MessageReply> MessageReplies => Set<MessageReply>();

    internal DbSet<SalesSequence> Sequences => Set<SalesSequence>();

    internal DbSet<StaffCopy> Staff => Set<StaffCopy>();
}

/// <summary>A named counter (client and order numbers), advanced by one atomic UPDATE.</summary>
internal sealed class SalesSequence
{
    public const string ClientNumber = "client-number";
    public const string OrderNumber = "order-number";

    public string Name { get; set; } = string.Empty;

    public long Value { get; set; }
}
