using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Archives.Persistence;
using Portal.Web.Tests.Security;

namespace Portal.Web.Tests.Archives;

/// <summary>Fills in the 退休干部信息 form as a clerk would, with a synthetic person written for these tests.</summary>
internal static class ArchiveForms
{
    /// <summary>A complete 退休 file; <paramref name="changes"/> overrides or adds fields (key → typed text).</summary>
    public static Dictionary<string, string> Retiree(int unitId, string name, string idNumber, string birthDate, string sex, params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.FormKey"] = "tuixiu",
            ["Input.UnitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Values[name]"] = name,
            ["Input.Values[sex]"] = sex,
            ["Input.Values[birthDate]"] = birthDate,
            ["Input.Values[ethnicity]"] = "汉族",
            ["Input.Values[politicalStatus]"] = "中共党员",
            ["Input.Values[partyDate]"] = "1965-07-01",
            ["Input.Values[idNumber]"] = idNumber,
            ["Input.Values[workDate]"] = "1960-09-01",
            ["Input.Values[retirementDate]"] = "1999-06-30",
            ["Input.Values[unitAndPost]"] = "仪征市教育局 副局长",
            ["Input.Values[health]"] = "良好",
            ["Input.Values[address]"] = "仪征市真州镇鼓楼路18号3幢201室",
            ["Input.Values[phone]"] = "0514-8346 2211",
        };
        foreach (var (key, value) in changes)
        {
            fields[key.StartsWith("Input.", StringComparison.Ordinal) ? key : $"Input.Values[{key}]"] = value;
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string county, Dictionary<string, string> fields, int id = 0)
        => await Browser.PostFormAsync(browser, $"/{county}/admin/archives/edit" + (id == 0 ? "" : $"/{id}"), fields);

    public static async Task<int> UnitIdAsync(ArchivesFixture fixture, string name)
    {
        await using var scope = await fixture.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.Where(u => u.Name == name).Select(u => u.Id).SingleAsync();
    }

    public static async Task<Portal.Modules.Archives.Domain.ArchiveRecord> RecordAsync(ArchivesFixture fixture, string name)
    {
        await using var scope = await fixture.ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<RecordsDbContext>().Records.AsNoTracking().SingleAsync(r => r.Name == name);
    }

    /// <summary>Creates the file through the page and fails the test when it is not saved.</summary>
    public static async Task<int> CreateAsync(ArchivesFixture fixture, HttpClient clerk, Dictionary<string, string> fields)
    {
        var response = await PostAsync(clerk, fixture.County, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Not saved: " + await response.Content.ReadAsStringAsync());
        }

        return (await RecordAsync(fixture, fields["Input.Values[name]"])).Id;
    }
}
