using System.Data.Common;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Host.Tests;

/// <summary>A module's schema as text lines, read from the database's own catalogue, for comparing two databases.</summary>
internal static class SchemaDump
{
    public static async Task<List<string>> OfAsync(DbContext db, string schema, IReadOnlyCollection<string> tables)
    {
        var queries = db.IsPostgres()
            ? new[]
            {
                $"""
                SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || coalesce(character_maximum_length::text, '-')
                       || ' ' || coalesce(numeric_precision::text, '-') || ' ' || is_nullable || ' ' || coalesce(column_default, '-')
                FROM information_schema.columns WHERE table_schema = '{schema}' AND table_name <> '__EFMigrationsHistory'
                """,
                $"SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = '{schema}' AND tablename <> '__EFMigrationsHistory'",
                $"""
                SELECT table_name || ' ' || constraint_name || ' ' || constraint_type FROM information_schema.table_constraints
                WHERE constraint_schema = '{schema}' AND table_name <> '__EFMigrationsHistory' AND constraint_type <> 'CHECK'
                """,
            }
            : new[]
            {
                $"""
                SELECT m.name || '.' || p.name || ' ' || p.type || ' ' || p."notnull" || ' ' || p.pk || ' ' || coalesce(p.dflt_value, '-')
                FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name IN ({InList(tables)})
                """,
                $"SELECT name || ' ' || coalesce(sql, '-') FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({InList(tables)})",
                $"""
                SELECT m.name || ' -> ' || f."table" || '.' || f."to" || ' ' || f.on_delete
                FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name IN ({InList(tables)})
                """,
            };

        var lines = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var query in queries)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = query;
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string InList(IEnumerable<string> tables) => string.Join(", ", tables.Select(t => $"'{t.Replace("'", "''")}'"));
}
