using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Infrastructure.Timers;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Tasking.Application.Statistics;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// SQL Server without a server (none can run here, ADR 0058): every module's model builds on the SQL Server provider,
/// its migrations cover it, and the full idempotent migration script, the create script and every raw statement's
/// SQL Server form parse as T-SQL (SQL Server 2022's grammar) with no error. What only a live server can show
/// (locking behaviour, plans) is not claimed here.
/// </summary>
[Trait("Provider", "SqlServer")]
public sealed partial class SqlServerScriptTests
{
    /// <summary>Nothing listens there: building the scripts must not need a connection.</summary>
    public const string NoServer = "Server=127.0.0.1,1;Database=crm;User Id=sa;Password=not-used;Encrypt=False;Connect Timeout=2";

    [Theory]
    [MemberData(nameof(MigrationTests.Modules), MemberType = typeof(MigrationTests))]
    public void The_idempotent_migration_script_and_the_create_script_of_each_module_are_valid_TSql(string schema)
    {
        using var db = Context(schema, DatabaseProvider.SqlServer);
        Assert.NotEmpty(db.Model.GetEntityTypes());
        if (db.Database.HasPendingModelChanges())
        {
            Assert.Fail($"On SQL Server the model has changes no migration covers: {string.Join("; ", Differences(db))}");
        }

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains($"CREATE TABLE [{schema}].", script, StringComparison.Ordinal);
        AssertTSql($"{schema} migrations", script);
        AssertTSql($"{schema} create script", db.Database.GenerateCreateScript());
    }

    /// <summary>
    /// SQL Server refuses an index on an nvarchar(max) column when it migrates, which no parser sees. The model would
    /// make such a column nvarchar(450) by itself, but a migration without a designer file has no model to ask: its
    /// column gets a length only from its own maxLength. So every indexed text column states its length.
    /// </summary>
    [Theory]
    [MemberData(nameof(MigrationTests.Modules), MemberType = typeof(MigrationTests))]
    public void Every_indexed_text_column_states_its_length(string schema)
    {
        using var db = Context(schema, DatabaseProvider.SqlServer);
        var indexed = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .SelectMany(table => table.Indexes.SelectMany(i => i.Columns).Concat(table.UniqueConstraints.SelectMany(k => k.Columns)))
            .SelectMany(column => column.PropertyMappings.Select(m => m.Property))
            .Where(property => property.GetProviderClrType() == typeof(string) || (property.GetProviderClrType() is null && property.ClrType == typeof(string)))
            .ToList();
        Assert.NotEmpty(indexed);
        Assert.All(indexed, property => Assert.True(property.GetMaxLength() is not null, $"{property.DeclaringType.DisplayName()}.{property.Name} has no length"));
    }

    [Fact]
    public void Every_raw_statement_has_a_valid_TSql_form()
    {
        var statements = RawStatements(DatabaseProvider.SqlServer);
        Assert.True(statements.Count >= 13, $"only {statements.Count} statements");
        foreach (var (name, sql) in statements)
        {
            AssertTSql(name, sql);
        }
    }

    /// <summary>The check bites: the other providers' forms and a planted PostgreSQL idiom are refused.</summary>
    [Fact]
    public void A_statement_in_another_dialect_fails_the_TSql_check()
    {
        Assert.NotEmpty(Parse("""UPDATE "Counters" SET "Value" = "Value" + 1 WHERE "Name" = @p0 RETURNING "Value" """));
        // Function calls (the migration turn, the statistics' date_part) read the same in both grammars; the rest must not.
        foreach (var (name, sql) in RawStatements(DatabaseProvider.Postgres).Where(s => !s.Name.StartsWith("migration turn", StringComparison.Ordinal) && s.Name != "statistics"))
        {
            Assert.True(Parse(sql).Count > 0, $"{name}: the PostgreSQL form parsed as T-SQL, so the check could not tell them apart");
        }
    }

    /// <summary>The neutral index filters (ADR 0004) need the SQL Server generator: T-SQL has no boolean column as a condition.</summary>
    [Fact]
    public void A_neutral_boolean_filter_is_refused_as_TSql_and_the_generator_rewrites_it()
    {
        const string neutral = "\"Status\" IN ('New') AND NOT \"HiddenFromInbox\"";
        Assert.NotEmpty(Parse($"CREATE INDEX [IX] ON [tasking].[Tasks] ([Number]) WHERE {neutral};"));
        Assert.Empty(Parse($"CREATE INDEX [IX] ON [tasking].[Tasks] ([Number]) WHERE {SqlServerFilter(neutral)};"));
    }

    /// <summary>What the SQL Server model has that the snapshot lacks, as EF's differ sees it (for the failure message).</summary>
    private static IEnumerable<string> Differences(DbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot); // HasPendingModelChanges finalized it
        return db.GetService<IMigrationsModelDiffer>()
            .GetDifferences(snapshot.GetRelationalModel(), db.GetService<IDesignTimeModel>().Model.GetRelationalModel())
            .Select(o => o switch
            {
                Microsoft.EntityFrameworkCore.Migrations.Operations.AlterColumnOperation c => $"{c.Table}.{c.Name}: {c.OldColumn.ColumnType}/{c.OldColumn.IsNullable} -> {c.ColumnType}/{c.IsNullable}",
                Microsoft.EntityFrameworkCore.Migrations.Operations.CreateIndexOperation i => $"create index {i.Table}.{i.Name} filter {i.Filter}",
                Microsoft.EntityFrameworkCore.Migrations.Operations.DropIndexOperation i => $"drop index {i.Table}.{i.Name}",
                _ => o.ToString()!,
            });
    }

    private static string? SqlServerFilter(string neutral) =>
        (string?)typeof(DatabaseMigrator).Assembly.GetType("Crm.BuildingBlocks.Infrastructure.Persistence.SqlServerNeutralMigrationsSqlGenerator")!
            .GetMethod("Filter")!.Invoke(null, [neutral]);

    /// <summary>Every raw statement the product runs, as the provider's code builds it (placeholders as parameters).</summary>
    private static List<(string Name, string Sql)> RawStatements(DatabaseProvider provider)
    {
        var statements = new List<(string Name, string Sql)>();
        var contexts = MigrationTests.ContextTypes().Select(MigrationTests.SchemaOf).ToDictionary(s => s, s => Context(s, provider));
        foreach (var (schema, db) in contexts)
        {
            statements.Add(($"{schema} outbox claim", OutboxClaim.Sql(db)));
            if (db.Model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name.EndsWith("Sequence", StringComparison.Ordinal)) is { } counters)
            {
                var table = db.GetService<ISqlGenerationHelper>().DelimitIdentifier(counters.GetTableName()!, counters.GetSchema());
                statements.Add(($"{schema} next number", CounterRows.NextSql(db, table)));
            }
        }

        var tasking = contexts["tasking"];
        statements.Add(("reminder claim", LeasedRows.ClaimSql(tasking, tasking.Table<TaskReminder>())));
        statements.Add(("client message claim", LeasedRows.ClaimSql(contexts["sales"], contexts["sales"].Table<ClientMessage>())));
        statements.Add(("timer claim", TimerProcessor.ClaimSql(contexts["processes"])));
        statements.Add(("task timeout claim", DueTaskJob.ClaimSql(tasking, TaskTimeoutJob.Due)));
        statements.Add(("postponed task claim", DueTaskJob.ClaimSql(tasking, PostponedTaskReturnJob.Due)));
        if (provider != DatabaseProvider.Sqlite)
        {
            statements.AddRange(Enum.GetValues<MigrationTurn.Step>().Select(step => ($"migration turn {step}", MigrationTurn.Sql(provider, step))));
        }

        var tasks = tasking.Set<Crm.Modules.Tasking.Domain.Tasks.WorkTask>();
        statements.Add(("statistics", tasks.AsSingleQuery().Select(t => StatisticsFunctions.EpochSeconds(t.CreatedAtUtc)).ToQueryString()));
        foreach (var db in contexts.Values)
        {
            db.Dispose();
        }

        return [.. statements.Select(s => (s.Name, Placeholder().Replace(s.Sql, "@p$1")))];
    }

    private static ModuleDbContext Context(string schema, DatabaseProvider provider)
    {
        var type = MigrationTests.ContextTypes().Single(t => MigrationTests.SchemaOf(t) == schema);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        var connection = provider == DatabaseProvider.Postgres ? "Host=127.0.0.1;Port=1;Username=none" : NoServer;
        ModuleDatabaseRegistration.Configure(builder, provider, connection, schema);
        return (ModuleDbContext)Activator.CreateInstance(type, builder.Options)!;
    }

    private static void AssertTSql(string name, string sql)
    {
        // Idempotent scripts wrap some statements in EXEC(N'...'), which the parser reads as a string: read those too.
        var errors = Parse(sql).Concat(Executed().Matches(sql).SelectMany(m => Parse(m.Groups["sql"].Value.Replace("''", "'", StringComparison.Ordinal)))).ToList();
        Assert.True(errors.Count == 0, $"{name} is not valid T-SQL:\n{string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}"))}\n---\n{sql}");
    }

    /// <summary>SQL Server 2022's grammar, with quoted identifiers on (SQL Server's default, EF's "..." and [...] both).</summary>
    private static IList<ParseError> Parse(string sql)
    {
        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        return errors;
    }

    [GeneratedRegex(@"EXEC\(N'(?<sql>(?:[^']|'')*)'\)")]
    private static partial Regex Executed();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
