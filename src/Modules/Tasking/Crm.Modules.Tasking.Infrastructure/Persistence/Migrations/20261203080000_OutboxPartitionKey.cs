using System;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Modules.Tasking.Infrastructure.Persistence.Migrations
{
    /// <summary>The outbox partition (the aggregate an event comes from): its events are delivered in order (ADR 0024).</summary>
    [DbContext(typeof(TaskingDbContext))]
    [Migration("20261203080000_OutboxPartitionKey")]
    public partial class OutboxPartitionKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartitionKey",
                schema: "tasking",
                table: "TaskingOutbox",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PartitionKey",
                schema: "tasking",
                table: "TaskingOutbox");
        }
    }
}
