using System.Data.Common;
using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Crm.Modules.Processes.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

/// <summary>
/// Seeds many instances waiting in a delay, fast enough for 100,000: the engine starts ONE instance (its real rows:
/// instance, trace, timer), then those rows are copied with fresh ids (every id in them, JSON included, except the
/// definition's and the version's) and their own object id, in one prepared INSERT per row and one transaction per
/// 10,000 instances. The copies are exactly what the engine would have written for another object at the same moment.
/// </summary>
public static partial class WaitingInstances
{
    private const string TemplateObject = "t-0";
    private const int PerTransaction = 10_000;

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidText();

    private sealed record Row(string Table, string[] Columns, object[] Values);

    public static async Task SeedAsync(BenchApp app, ProcessDefinitionId definition, int count)
    {
        var (template, version) = await StartTemplateAsync(app, definition);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcessesDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        List<Row> rows =
        [
            .. await ReadAsync(connection, db.Table<ProcessInstance>(), "Id", template),
            .. await ReadAsync(connection, db.Table<TraceEntry>(), "InstanceId", template),
            .. await ReadAsync(connection, db.Table<ProcessTimer>(), "InstanceId", template),
        ];
        var kept = new[] { definition.Value, version }.Select(g => g.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = rows.SelectMany(r => r.Values).SelectMany(GuidsIn).Where(g => !kept.Contains(g)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        for (var first = 1; first < count; first += PerTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            var inserts = rows.Select(r => Insert(connection, transaction, r)).ToList();
            for (var i = first; i < Math.Min(count, first + PerTransaction); i++)
            {
                var fresh = ids.ToDictionary(g => g.ToLowerInvariant(), _ => Guid.NewGuid(), StringComparer.OrdinalIgnoreCase);
                for (var r = 0; r < rows.Count; r++)
                {
                    Bind(inserts[r], rows[r], fresh, $"t-{i}");
                    await inserts[r].ExecuteNonQueryAsync();
                }
            }

            await transaction.CommitAsync();
            inserts.ForEach(c => c.Dispose());
        }
    }

    /// <summary>The one instance the engine really starts (its own code, its own rows); returns it and its version.</summary>
    private static async Task<(Guid Instance, Guid Version)> StartTemplateAsync(BenchApp app, ProcessDefinitionId definition)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var version = await services.GetRequiredService<IEngineStore>().CurrentVersionAsync(definition, CancellationToken.None)
            ?? throw new InvalidOperationException("No version.");
        var instance = await services.GetRequiredService<ProcessRunner>().StartAsync(version, BenchApp.ObjectType, TemplateObject, CancellationToken.None);
        await services.GetRequiredService<ProcessesDbContext>().SaveChangesAsync();
        return (instance.Id.Value, version.Id.Value);
    }

    private static async Task<List<Row>> ReadAsync(DbConnection connection, string table, string key, Guid template)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM {table} WHERE \"{key}\" = @template";
        var parameter = select.CreateParameter();
        parameter.ParameterName = "@template";
        parameter.Value = connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal) ? template : template.ToString().ToUpperInvariant();
        select.Parameters.Add(parameter);
        var rows = new List<Row>();
        await using var reader = await select.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(new Row(table, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray(), values));
        }

        return rows.Count > 0 ? rows : throw new InvalidOperationException($"The template instance has no row in {table}.");
    }

    private static IEnumerable<string> GuidsIn(object value) => value switch
    {
        Guid g => [g.ToString()],
        string s => GuidText().Matches(s).Select(m => m.Value),
        _ => [],
    };

    private static DbCommand Insert(DbConnection connection, DbTransaction transaction, Row row)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {row.Table} ({string.Join(", ", row.Columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", row.Columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < row.Columns.Length; i++)
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            insert.Parameters.Add(parameter);
        }

        return insert;
    }

    private static void Bind(DbCommand insert, Row row, Dictionary<string, Guid> fresh, string objectId)
    {
        for (var i = 0; i < row.Values.Length; i++)
        {
            insert.Parameters[i].Value = row.Columns[i] == "ObjectId" ? objectId : row.Values[i] switch
            {
                Guid g when fresh.TryGetValue(g.ToString(), out var replacement) => replacement,
                string s => GuidText().Replace(s, m => Replace(m.Value, fresh)),
                var other => other,
            };
        }
    }

    /// <summary>A fresh id in the case the original was written in (SQLite keeps Guids upper case, JSON lower case).</summary>
    private static string Replace(string id, Dictionary<string, Guid> fresh)
    {
        if (!fresh.TryGetValue(id, out var replacement))
        {
            return id;
        }

        var text = replacement.ToString();
        return id.Any(char.IsUpper) ? text.ToUpperInvariant() : text;
    }
}
