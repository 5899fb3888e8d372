using Crm.BuildingBlocks.Infrastructure.Persistence;
using Npgsql;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>ADR 0043: the host prepares frequent statements and keeps them across the pool, unless told otherwise.</summary>
public sealed class PostgresConnectionDefaultsTests
{
    [Fact]
    public void A_connection_string_that_names_neither_option_gets_both()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply("Host=db;Database=crm;Username=crm"));

        Assert.Equal((PostgresConnectionDefaults.MaxAutoPrepare, true), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
        Assert.Equal(("db", "crm"), (tuned.Host, tuned.Database));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;NoResetOnClose=false")]
    public void Values_the_installation_chose_are_kept(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnectionDefaults.Apply(connectionString));

        Assert.Equal((0, false), (tuned.MaxAutoPrepare, tuned.NoResetOnClose));
    }
}
