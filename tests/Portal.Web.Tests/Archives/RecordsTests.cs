using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Audit.Persistence;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Archives;

/// <summary>Files of 一人一档 through the pages: one writer's checks, masking, units, duplicates, concurrency, audited reveal.</summary>
public abstract class RecordsTests(ArchivesFixture fixture)
{
    [Fact]
    public async Task Clerk_CreatesAFile_AndTheListShowsItMasked_ToTheClerkAndTheReviewer()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        var id = await ArchiveForms.CreateAsync(fixture, clerk, ArchiveForms.Retiree(unitA, "王振华", "３２１０８１１９３８０５１２０１１２", "1938-05-12", "男"));

        var record = await ArchiveForms.RecordAsync(fixture, "王振华");
        Assert.Equal((id, "tuixiu", 1, RecordStatus.Active), (record.Id, record.FormKey, record.FormRevision, record.Status));
        Assert.DoesNotContain("0514", record.Values, StringComparison.Ordinal); // the phone is sealed, not in the plain JSON
        Assert.Contains("\"ethnicity\":\"汉族\"", System.Text.RegularExpressions.Regex.Unescape(record.Values), StringComparison.Ordinal);

        foreach (var account in new[] { "clerk", "reviewer" })
        {
            using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, account, ArchivesFixture.Password);
            var list = await browser.GetStringAsync($"/{fixture.County}/admin/archives?q={Uri.EscapeDataString("王振华")}");
            Assert.Contains("王振华", list, StringComparison.Ordinal);
            Assert.Contains("3210**********0112", list, StringComparison.Ordinal);
            Assert.DoesNotContain("321081193805120112", list, StringComparison.Ordinal);
        }

        // The edit page shows the sensitive values masked and never in a box.
        var edit = await clerk.GetStringAsync($"/{fixture.County}/admin/archives/edit/{id}");
        Assert.Contains("现为 051****2211", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("83462211", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("鼓楼路18号", edit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClerkOfUnitA_CannotSeeUnitBsFile_InTheList_ByItsNumber_OnItsPage_OrByReveal()
    {
        var unitB = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitB);
        using var clerkB = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerkb", ArchivesFixture.Password);
        var id = await ArchiveForms.CreateAsync(fixture, clerkB, ArchiveForms.Retiree(unitB, "刘桂英", "321081194103040227", "1941-03-04", "女"));

        using var clerkA = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        Assert.DoesNotContain("刘桂英", await clerkA.GetStringAsync($"/{fixture.County}/admin/archives"), StringComparison.Ordinal);
        Assert.DoesNotContain("刘桂英", await clerkA.GetStringAsync($"/{fixture.County}/admin/archives?q=321081194103040227"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkA.GetAsync($"/{fixture.County}/admin/archives/edit/{id}")).StatusCode);
        var reveal = await Browser.PostFormAsync(clerkA, $"/{fixture.County}/admin/archives?handler=Reveal", new() { ["id"] = $"{id}", ["field"] = "idNumber" }, $"/{fixture.County}/admin/archives");
        Assert.Equal(HttpStatusCode.NotFound, reveal.StatusCode);

        // Nor can clerk A write a file into unit B, or move B's file by posting its id.
        var intoB = await ArchiveForms.PostAsync(clerkA, fixture.County, ArchiveForms.Retiree(unitB, "马玉兰", "321081193609220247", "1936-09-22", "女"));
        Assert.Contains("您只能录入本人负责单位的档案", await intoB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        var takeOver = await ArchiveForms.PostAsync(clerkA, fixture.County, ArchiveForms.Retiree(unitA, "刘桂英", "", "1941-03-04", "女", ("Input.Id", $"{id}"), ("Input.Version", "1")));
        Assert.Contains("不在您负责的单位", await takeOver.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(unitB, (await ArchiveForms.RecordAsync(fixture, "刘桂英")).UnitId);
    }

    [Fact]
    public async Task Writer_RefusesInChinese_AWrongCheckCharacter_ANumberDisagreeingWithBirthAndSex_AndDatesOutOfOrder()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);

        var wrongCheck = await (await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "赵德胜", "321081194507180139", "1945-07-18", "男"))).Content.ReadAsStringAsync();
        Assert.Contains("身份证号校验位不对", wrongCheck, StringComparison.Ordinal);

        var disagreeing = await (await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "赵德胜", "321081194507180138", "1945-08-17", "女"))).Content.ReadAsStringAsync();
        Assert.Contains("出生时间 1945-08-17 与身份证号中的出生日期 1945-07-18 不一致", disagreeing, StringComparison.Ordinal);
        Assert.Contains("性别“女”与身份证号不一致", disagreeing, StringComparison.Ordinal);

        var dates = await (await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "赵德胜", "321081194507180138", "1945-07-18", "男",
            ("workDate", "1944-09-01"), ("phone", "8346221"), ("ethnicity", "汉")))).Content.ReadAsStringAsync();
        Assert.Contains("参加工作时间（1944-09-01）应晚于出生时间（1945-07-18）", dates, StringComparison.Ordinal);
        Assert.Contains("座机号请带区号", dates, StringComparison.Ordinal);
        Assert.Contains("民族只能从列表中选择", dates, StringComparison.Ordinal);

        await using var scope = await fixture.ScopeAsync();
        Assert.False(await scope.ServiceProvider.GetRequiredService<Portal.Modules.Archives.Persistence.RecordsDbContext>().Records.AnyAsync(r => r.Name == "赵德胜"));
    }

    [Fact]
    public async Task Duplicate_IsFoundByIdNumber_HoweverTyped_AndAFifteenDigitNumberIsUpgraded()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        // 321081491001035 is the old 15-digit form of 321081194910010358.
        await ArchiveForms.CreateAsync(fixture, clerk, ArchiveForms.Retiree(unitA, "陈国强", "321081491001035", "1949-10-01", "男", ("workDate", "1968-09-01"), ("partyDate", "1972-07-01"), ("retirementDate", "2009-10-31")));

        var list = await clerk.GetStringAsync($"/{fixture.County}/admin/archives?q=321081194910010358");
        Assert.Contains("陈国强", list, StringComparison.Ordinal);
        var again = await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "陈国強", "321081194910010358", "1949-10-01", "男", ("workDate", "1968-09-01"), ("partyDate", "1972-07-01"), ("retirementDate", "2009-10-31")));
        Assert.Contains("这个身份证号已有档案：陈国强（仪征市教育局）", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_KeepsSealedValuesLeftEmpty_RefusesAStaleVersion_AndADeathDateClosesTheFile()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        var id = await ArchiveForms.CreateAsync(fixture, clerk, ArchiveForms.Retiree(unitA, "孙秀珍", "321081194306150469", "1943-06-15", "女"));

        var closed = await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "孙秀珍", "", "1943-06-15", "女",
            ("Input.Id", $"{id}"), ("Input.Version", "1"), ("idNumber", ""), ("phone", ""), ("address", ""), ("health", ""), ("deathDate", "2026年3月14日")), id);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var record = await ArchiveForms.RecordAsync(fixture, "孙秀珍");
        Assert.Equal((2, RecordStatus.Closed), (record.Version, record.Status));
        Assert.NotNull(record.IdNumber);

        var stale = await ArchiveForms.PostAsync(clerk, fixture.County, ArchiveForms.Retiree(unitA, "孙秀珍", "", "1943-06-15", "女", ("Input.Id", $"{id}"), ("Input.Version", "1")), id);
        Assert.Contains("刚被其他人修改过", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = await fixture.ScopeAsync();
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action == AuditActions.PersonChange && r.Target.Contains("孙秀珍")).OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(["新增退休干部信息", "修改：去世时间"], audit.Select(a => a.Detail));
    }

    [Fact]
    public async Task RemovingAUnitThatHasFiles_IsRefused()
    {
        var unitB = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitB);
        using var clerkB = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerkb", ArchivesFixture.Password);
        await ArchiveForms.CreateAsync(fixture, clerkB, ArchiveForms.Retiree(unitB, "吴长林", "321081194702130152", "1947-02-13", "男"));

        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", ArchivesFixture.Password);
        await using var scope = await fixture.ScopeAsync();
        var version = await scope.ServiceProvider.GetRequiredService<Portal.Modules.Archives.Persistence.ArchivesDbContext>().Units.Where(u => u.Id == unitB).Select(u => u.Version).SingleAsync();
        var page = $"/{fixture.County}/admin/archives/units/edit/{unitB}";
        var refused = await Browser.PostFormAsync(admin, page + "?handler=Remove", new() { ["version"] = $"{version}" }, page);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"“{ArchivesFixture.UnitB}”还有", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await scope.ServiceProvider.GetRequiredService<Portal.Modules.Archives.Persistence.ArchivesDbContext>().Units.AnyAsync(u => u.Id == unitB));
    }

    [Fact]
    public async Task RawDatabase_HoldsNoPlaintextIdNumber_PhoneAddressOrHealth()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        await ArchiveForms.CreateAsync(fixture, clerk, ArchiveForms.Retiree(unitA, "钱玉珍", "32108119360922024", "1936-09-22", "女",
            ("idNumber", "321081193609220247"), ("phone", "13851467203"), ("address", "仪征市新城镇枣林湾路66号"), ("health", "较差")));

        var raw = await RawData.OfTenantAsync(fixture.Factory, fixture.County, "archives_records");
        Assert.Contains("钱玉珍", raw, StringComparison.Ordinal); // the reading works: the name is plain on purpose
        Assert.Contains("pd1.", raw, StringComparison.Ordinal);
        foreach (var secret in new[] { "321081193609220247", "32108119360922024", "13851467203", "枣林湾路", "较差" })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reveal_IsAPost_ThatShowsTheFullNumber_AndIsAudited_WithoutTheNumberInTheLog()
    {
        var unitA = await ArchiveForms.UnitIdAsync(fixture, ArchivesFixture.UnitA);
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        var id = await ArchiveForms.CreateAsync(fixture, clerk, ArchiveForms.Retiree(unitA, "周德明", "321081193901080173", "1939-01-08", "男"));

        using var reviewer = await Browser.SignedInAsync(fixture.Factory, fixture.County, "reviewer", ArchivesFixture.Password);
        var list = $"/{fixture.County}/admin/archives";
        var revealed = await Browser.PostFormAsync(reviewer, list + "?handler=Reveal", new() { ["id"] = $"{id}", ["field"] = "idNumber" }, list);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains("<strong>321081193901080173</strong>", await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var phone = await Browser.PostFormAsync(reviewer, list + "?handler=Reveal", new() { ["id"] = $"{id}", ["field"] = "phone" }, list);
        Assert.Contains("0514-8346 2211", await phone.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = await fixture.ScopeAsync();
        var entries = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action == AuditActions.PersonReveal && r.Target.Contains("周德明")).OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(["查看完整身份证号", "查看完整联系电话"], entries.Select(e => e.Detail));
        Assert.All(entries, e => Assert.Equal("reviewer", e.Account));
        Assert.All(entries, e => Assert.DoesNotContain("321081193901080173", e.Target + e.Detail, StringComparison.Ordinal));
        Assert.Contains(await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().Where(r => r.Action == AuditActions.PersonList).Select(r => r.Account).ToListAsync(), a => a == "reviewer");
    }
}

public sealed class SqliteRecordsTests(SqliteArchives fixture) : RecordsTests(fixture), IClassFixture<SqliteArchives>;

public sealed class PostgresRecordsTests(PostgresArchives fixture) : RecordsTests(fixture), IClassFixture<PostgresArchives>;
