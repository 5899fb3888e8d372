using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// SQL Server's migration SQL for the provider-neutral migrations (ADR 0004, ADR 0058). Index filters are written once,
/// in the SQL PostgreSQL and SQLite share; T-SQL has no boolean expressions, so a bare boolean column there
/// (<c>NOT "Hidden"</c>) becomes a comparison with the bit (<c>"Hidden" = 0</c>). The model and its snapshot keep the
/// one neutral text, so the pending-model-changes check stays the same on every provider.
/// </summary>
#pragma warning disable EF1001 // the provider's own generator is public API for exactly this kind of extension
internal sealed partial class SqlServerNeutralMigrationsSqlGenerator(MigrationsSqlGeneratorDependencies dependencies, ICommandBatchPreparer commandBatchPreparer)
    : SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
#pragma warning restore EF1001
{
    public static string? Filter(string? neutral) =>
        neutral is null ? null : NegatedColumn().Replace(neutral, match => $"{match.Groups["column"].Value} = 0");

    protected override void Generate(CreateIndexOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        operation.Filter = Filter(operation.Filter);
        base.Generate(operation, model, builder, terminate);
    }

    /// <summary><c>NOT "Column"</c> standing alone (followed by the end, a closing parenthesis, AND or OR).</summary>
    [GeneratedRegex("""\bNOT\s+(?<column>"[^"]+")(?=\s*(\)|\bAND\b|\bOR\b|$))""", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedColumn();
}
