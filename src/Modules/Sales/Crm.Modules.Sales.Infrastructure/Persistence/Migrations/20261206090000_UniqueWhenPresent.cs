using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Sales.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The unique indexes on optional columns say that they hold only present values (ADR 0058). PostgreSQL and SQLite
    /// never counted NULLs as duplicates; SQL Server does unless the index is filtered, so the filter is now part of
    /// the one model every provider shares.
    /// </summary>
    [DbContext(typeof(SalesDbContext))]
    [Migration("20261206090000_UniqueWhenPresent")]
    public partial class UniqueWhenPresent : Migration
    {
        private static readonly (string Table, string Column)[] Indexes =
            [("Clients", "Email"), ("OrderPayments", "PaymentLinkId"), ("OrderPayments", "ProviderPaymentId")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, present: true);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Recreate(migrationBuilder, present: false);

        private static void Recreate(MigrationBuilder migrationBuilder, bool present)
        {
            foreach (var (table, column) in Indexes)
            {
                migrationBuilder.DropIndex(name: $"IX_{table}_{column}", schema: "sales", table: table);
                migrationBuilder.CreateIndex(
                    name: $"IX_{table}_{column}", schema: "sales", table: table, column: column, unique: true,
                    filter: present ? $"\"{column}\" IS NOT NULL" : null);
            }
        }
    }
}
