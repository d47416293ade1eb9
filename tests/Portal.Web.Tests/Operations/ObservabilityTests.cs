using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Operations;
using Xunit;

namespace Portal.Web.Tests.Operations;

public abstract class ObservabilityTests(OperationsFixture fixture)
{
    [Fact]
    public async Task Logs_WrittenWhileServingATenant_CarryTheTenantName()
    {
        using var client = fixture.Factory.CreateBrowser();
        var path = $"/{fixture.County}/";
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);

        var request = fixture.Logs.Lines.Where(l => Equals(l.Scopes.GetValueOrDefault("RequestPath"), path)).ToList();
        Assert.Contains(request, l => l.Category.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal));
        // Hosting's "request starting" and the static-file probe run before the tenant is known; everything after carries it.
        var afterResolution = request.Where(l => !l.Category.StartsWith("Microsoft.AspNetCore.Hosting", StringComparison.Ordinal) && !l.Category.StartsWith("Microsoft.AspNetCore.StaticFiles", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(afterResolution);
        Assert.All(afterResolution, l => Assert.Equal(fixture.County, l.Scopes.GetValueOrDefault(TenantLogScope.Key)));
    }

    [Fact]
    public async Task Metrics_WithToken_ServePrometheusTextWithRequestsPerTenantAndActiveShells()
    {
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{fixture.Sibling}/")).StatusCode);

        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", OperationsFixture.MetricsToken);
        var response = await client.SendAsync(scrape);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("portal_shells_active", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_count{", text, StringComparison.Ordinal);
        Assert.Contains($"tenant=\"{fixture.Sibling}\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Metrics_WithoutTheToken_AreNotFound(string? token)
    {
        using var client = fixture.Factory.CreateBrowser();
        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (token is not null)
        {
            scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await client.SendAsync(scrape);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("portal_shells_active", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true, true)]
    [InlineData("::1", true, true)]
    [InlineData("127.0.0.1", false, false)]
    [InlineData("10.8.0.5", true, false)]
    public void MetricsAccess_AllowsLoopbackOnlyWhenConfigured(string address, bool allowLoopback, bool allowed)
    {
        var services = new ServiceCollection().AddSingleton(Options.Create(new MetricsOptions { AllowLoopback = allowLoopback })).BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        Assert.Equal(allowed, MetricsAccess.IsAllowed(context));
    }
}

public sealed class SqliteObservabilityTests(SqliteOperations fixture) : ObservabilityTests(fixture), IClassFixture<SqliteOperations>;

public sealed class PostgresObservabilityTests(PostgresOperations fixture) : ObservabilityTests(fixture), IClassFixture<PostgresOperations>;
