using System.Net;
using System.Text.Json;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Modules.Quality.Infrastructure.Surveys;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// A parts sale's survey through HTTP: a rule on completed sales schedules a survey of the order's client a day later,
/// naming the order's manager; two hosts on one database that open due surveys at once open it once.
/// </summary>
public abstract class PartsSaleSurveyTests(ApiFixture app)
{
    private const string Parts = "/api/spare-parts";

    [Fact]
    public async Task A_completed_parts_sale_schedules_a_survey_that_two_hosts_open_once()
    {
        var template = await app.NewTemplateAsync();
        (await app.Administrator.PostJsonAsync(SurveyApi.Rules, new { templateId = template.Id, trigger = "PartsSaleCompleted", delayDays = 1 })).EnsureSuccessStatusCode();
        var client = Guid.NewGuid();
        var soldAt = app.Clock.GetUtcNow().UtcDateTime;
        var sale = await SellAsync(client);

        var survey = await app.SurveyAboutAsync(sale);
        Assert.Equal((client, SurveySubject.Sale, soldAt.AddDays(1)), (survey.ClientId, survey.SubjectType, survey.DueAt));
        Assert.Equal([app.AdministratorId], survey.ServedBy); // the order's manager

        app.Clock.Advance(TimeSpan.FromDays(1));
        await using var second = app.CreateFactory();
        var jobs = new[] { app.Factory.Services, second.Services }.Select(s => s.GetRequiredService<SurveyDueJob>()).ToList();
        var opened = await Task.WhenAll(jobs.Select(j => Task.Run(() => j.RunOnceAsync(CancellationToken.None))));
        Assert.Equal(1, opened.Sum());
        Assert.Equal(SurveyStatus.Due, (await app.SurveyAboutAsync(sale)).Status);
    }

    /// <summary>One part received, ordered for the client (reserved at once) and sold: the sale's id.</summary>
    private async Task<Guid> SellAsync(Guid clientId)
    {
        async Task<Guid> IdAsync(string path, object body) =>
            (await (await app.Administrator.PostJsonAsync($"{Parts}/{path}", body)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var warehouseId = await IdAsync("warehouses", new { name = $"Store {Guid.NewGuid():N}" });
        var partId = await IdAsync("parts", new { article = $"Q-{Guid.NewGuid():N}"[..20], brand = "Test", name = "Oil filter", unit = "pcs", price = 12m });
        var receipt = await IdAsync("goods-receipts", new { supplier = "Parts Ltd", warehouseId, lines = new[] { new { partId, quantity = 2m } } });
        (await app.Administrator.PostAsync($"{Parts}/goods-receipts/{receipt}/post", null)).EnsureSuccessStatusCode();
        var order = await IdAsync("customer-orders", new { clientId, warehouseId, lines = new[] { new { partId, quantity = 1m } } });
        (await app.Administrator.PostJsonAsync($"{Parts}/customer-orders/{order}/post", new { })).EnsureSuccessStatusCode();
        return await IdAsync("sales", new { customerOrderId = order });
    }
}

[Trait("Provider", "Sqlite")]
public sealed class PartsSaleSurveySqliteTests(SqliteApi app) : PartsSaleSurveyTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PartsSaleSurveyPostgresTests(PostgresApi app) : PartsSaleSurveyTests(app), IClassFixture<PostgresApi>;
