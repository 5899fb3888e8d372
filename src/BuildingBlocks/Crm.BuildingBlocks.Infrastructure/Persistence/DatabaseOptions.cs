namespace Crm.BuildingBlocks.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,

    /// <summary>Microsoft SQL Server; the test suite checks its scripts but runs against no live server (ADR 0058).</summary>
    SqlServer,
}

/// <summary>SQLite's <c>PRAGMA synchronous</c> in WAL mode (ADR 0042).</summary>
public enum SqliteSynchronous
{
    /// <summary>Sync the log at checkpoints: safe against application crashes; a power cut may lose the last commits.</summary>
    Normal,

    /// <summary>Sync the log at every commit: nothing committed is lost even on a power cut; each commit waits for the disk.</summary>
    Full,
}

/// <summary>The <c>Database</c> configuration section. SQLite needs no set-up; PostgreSQL and SQL Server are real servers.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL and SQL Server: required. For SQLite: optional; by default a file in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives when no connection string is given (relative to the content root).</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// SQLite only: how hard each commit waits for the disk. PostgreSQL is the server for installations that cannot
    /// lose a commit on a power cut; those that run on SQLite anyway set <c>Full</c>.
    /// </summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {Provider}.");
        }

        var folder = Path.GetFullPath(Path.Combine(contentRoot, DataFolder));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "crm.db")}";
    }
}
