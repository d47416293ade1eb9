using System.Net;
using System.Text.Json;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Search;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Outside review (issue 14), finding 16: index files damaged in place under a running host. Searches must not
/// keep answering from the broken index until a restart, nor wait for the rebuild: they answer from the last good
/// view or say 「正在重建索引」 (503 with Retry-After), and once the background rebuild is swapped in the documents
/// are found again, without a restart.
/// </summary>
public abstract class IndexDamageTests(PoliciesFixture fixture)
{
    public enum Damage
    {
        BytesOverwritten,
        FileTruncated,
        SegmentsFileDeleted,
    }

    [Theory]
    [InlineData(Damage.BytesOverwritten)]
    [InlineData(Damage.FileTruncated)]
    [InlineData(Damage.SegmentsFileDeleted)]
    public async Task FilesDamagedUnderTheRunningHost_SearchSaysRebuildingOrAnswersLastGood_ThenFindsAgain(Damage damage)
    {
        var tenant = await fixture.NewCountyAsync("sunhuai");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "policies", "tenant": "{{tenant}}", "documents": [
              { "externalId": "s-1", "title": "损坏测试县离休干部健康体检安排", "docNumber": "损老干〔2024〕5号", "writtenOn": "2024-05-06", "body": "每年组织离休干部健康体检一次，费用由财政保障。" },
              { "externalId": "s-2", "title": "损坏测试县老年大学春季课程表", "writtenOn": "2024-02-20", "body": "开设书法、国画、太极拳和智能手机课程。" }
            ] } ] }
            """);
        using var client = fixture.Factory.CreateBrowser();
        var query = PolicyApi.Q("健康体检");
        await SearchUntilFoundAsync(client, tenant, query, "损坏测试县离休干部健康体检安排");
        var path = fixture.Factory.Get<PolicyIndexer>().IndexPath(tenant);

        Harm(path, damage);

        // At once, while the host still holds the damaged index: never a 500, never the long wait for a rebuild.
        var api = await client.GetAsync($"/{tenant}/api/policies/search?{query}");
        var text = await api.Content.ReadAsStringAsync();
        if (api.StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(api.Headers.RetryAfter);
            Assert.Contains("正在重建索引", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        else
        {
            Assert.True(api.StatusCode == HttpStatusCode.OK, $"{api.StatusCode}: {text}");
            Assert.Contains("损坏测试县离休干部健康体检安排", text, StringComparison.Ordinal); // the last good view
        }

        var page = await client.GetAsync($"/{tenant}/policies?{query}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{page.StatusCode}");
        Assert.Contains(page.StatusCode == HttpStatusCode.OK ? "损坏测试县离休干部健康体检安排" : "正在重建索引，请稍后再试", html, StringComparison.Ordinal);

        // The background rebuild is swapped in: the folder is whole again and the documents are found, without a restart.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (PolicyIndex.Check(path) != PolicyIndexHealth.Healthy && DateTime.UtcNow < deadline)
        {
            await client.GetAsync($"/{tenant}/api/policies/search?{query}");
            await Task.Delay(250);
        }

        Assert.Equal(PolicyIndexHealth.Healthy, PolicyIndex.Check(path));
        await SearchUntilFoundAsync(client, tenant, query, "损坏测试县离休干部健康体检安排");
        await SearchUntilFoundAsync(client, tenant, PolicyApi.Q("智能手机课程"), "损坏测试县老年大学春季课程表");
    }

    private static void Harm(string path, Damage damage)
    {
        var files = Directory.GetFiles(path).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)).ToList();
        switch (damage)
        {
            case Damage.BytesOverwritten:
                foreach (var file in files.Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
                {
                    using var stream = new FileStream(file, FileMode.Open, FileAccess.ReadWrite);
                    stream.Position = stream.Length / 3;
                    stream.Write(Enumerable.Repeat((byte)0x5a, (int)Math.Max(1, stream.Length / 3)).ToArray());
                }

                break;
            case Damage.FileTruncated:
                var largest = files.OrderByDescending(f => new FileInfo(f).Length).First();
                using (var stream = new FileStream(largest, FileMode.Open, FileAccess.ReadWrite))
                {
                    stream.SetLength(stream.Length / 2);
                }

                break;
            case Damage.SegmentsFileDeleted:
                foreach (var file in files.Where(f => Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
                {
                    File.Delete(file);
                }

                break;
        }
    }

    private static async Task SearchUntilFoundAsync(HttpClient client, string tenant, string query, string title)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var response = await client.GetAsync($"/{tenant}/api/policies/search?{query}");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            if (response.StatusCode == HttpStatusCode.OK && last.Contains(title, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"“{title}” not found: {last}");
    }
}

public sealed class SqliteIndexDamageTests(SqlitePolicies fixture) : IndexDamageTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresIndexDamageTests(PostgresPolicies fixture) : IndexDamageTests(fixture), IClassFixture<PostgresPolicies>;
