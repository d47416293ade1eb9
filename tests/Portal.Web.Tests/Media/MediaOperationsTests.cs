using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Backup;
using Portal.Core.Modules;
using Portal.Core.Tenants;
using Portal.Modules.Audit.Persistence;
using Portal.Modules.Media.Contracts;
using Portal.Web.Tests.Cli;
using Portal.Web.Tests.Security;
using SkiaSharp;
using Xunit;

namespace Portal.Web.Tests.Media;

/// <summary>What the library means for the people around it: the auditor's log, the operator's backup, a feature switched off.</summary>
public abstract class MediaOperationsTests(MediaFixture fixture)
{
    [Fact]
    public async Task UploadAndDelete_AreAudited_UnderTheEditorsAccount()
    {
        using var editor = await Browser.SignedInAsync(fixture.Factory, fixture.County, "bianji", MediaFixture.Password);
        var page = $"/{fixture.County}/admin/media";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(await editor.GetStringAsync(page))), "__RequestVerificationToken" },
            { new ByteArrayContent(TestFiles.Pdf()) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "离休干部生活补贴发放办法.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(page + "?handler=Upload", form)).StatusCode);
        await using var scope = await fixture.ScopeAsync(fixture.County);
        var id = await scope.ServiceProvider.GetRequiredService<Portal.Modules.Media.Persistence.MediaDbContext>().Items
            .Where(i => i.FileName == "离休干部生活补贴发放办法.pdf").Select(i => i.Id).SingleAsync();
        var deleted = await Browser.PostFormAsync(editor, page + "?handler=Delete", new() { ["id"] = id.ToString(CultureInfo.InvariantCulture) }, page);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var records = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Target == "离休干部生活补贴发放办法.pdf").OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(["media.upload", "media.delete"], records.Select(r => r.Action));
        Assert.All(records, r => Assert.Equal("bianji", r.Account));
        Assert.Contains("application/pdf", records[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteBackup_CopiesTheLibraryFiles_OriginalsAndWidths()
    {
        var site = await fixture.NewSiteAsync("mbeifen");
        MediaFile file;
        await using (var scope = await fixture.ScopeAsync(site))
        {
            file = await scope.ServiceProvider.GetRequiredService<IMediaFiles>()
                .AddAsync("老干部活动中心全景.jpg", new MemoryStream(TestFiles.Image(800, 500, SKEncodedImageFormat.Jpeg, SKColors.DarkGreen)), "活动中心全景", CancellationToken.None);
        }

        var folder = Path.Combine(Path.GetTempPath(), "portal-media-backup-" + Guid.NewGuid().ToString("N")[..10]);
        await fixture.Factory.Get<TenantBackupService>().BackupAsync(site, folder);

        var copied = Directory.GetFiles(Path.Combine(folder, BackupManifest.FilesFolder, "media", "library")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, copied.Count); // the original and its 320 and 640 widths
        Assert.Single(copied, n => n!.EndsWith("-w320.jpg", StringComparison.Ordinal));
        Assert.Single(copied, n => n!.EndsWith("-w640.jpg", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
        Assert.Equal(MediaKind.Image, file.Kind);
    }

    [Fact]
    public async Task CommandLine_AddsAFile_Lists_It_AndRefusesAnSvgWithItsSentence()
    {
        var site = await fixture.NewSiteAsync("mmingling");
        var folder = Directory.CreateTempSubdirectory("portal-media-cli-").FullName;
        var photo = Path.Combine(folder, "敬老院慰问.png");
        await File.WriteAllBytesAsync(photo, TestFiles.Image(900, 600, background: SKColors.Sienna));
        var svg = Path.Combine(folder, "标志.png");
        await File.WriteAllBytesAsync(svg, TestFiles.Svg());

        var (added, output, error) = await CliProcess.RunAsync(fixture.Factory, "media", "add", "--tenant", site, "--file", photo, "--alt", "慰问敬老院老人");
        Assert.True(added == 0, $"exit {added}\n{output}\n{error}");
        Assert.Contains($"/{site}/files/", output, StringComparison.Ordinal);
        Assert.Contains("敬老院慰问.png", output, StringComparison.Ordinal);

        var (refused, _, refusal) = await CliProcess.RunAsync(fixture.Factory, "media", "add", "--tenant", site, "--file", svg);
        Assert.Equal(1, refused);
        Assert.Contains("不能上传 SVG", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refusal, StringComparison.Ordinal);

        var (listed, list, _) = await CliProcess.RunAsync(fixture.Factory, "media", "list", "--tenant", site);
        Assert.Equal(0, listed);
        Assert.Single(list.Trim().Split('\n'));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task FeatureSwitchedOff_FilesAndAdminPageAnswer404_AndComeBackWhenOn()
    {
        var site = await fixture.NewSiteAsync("mguanbi");
        MediaFile file;
        await using (var scope = await fixture.ScopeAsync(site))
        {
            file = await scope.ServiceProvider.GetRequiredService<IMediaFiles>().AddAsync("通知.pdf", new MemoryStream(TestFiles.Pdf()), null, CancellationToken.None);
        }

        using var reader = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(file.Url)).StatusCode);
        await fixture.Factory.Get<FeatureManager>().DisableAsync(site, ["Portal.Media"]);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(file.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/{site}/admin/media")).StatusCode);

        await fixture.Factory.Get<FeatureManager>().EnableAsync(site, ["Portal.Media"]);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(file.Url)).StatusCode);
    }
}

public sealed class SqliteMediaOperationsTests(SqliteMedia fixture) : MediaOperationsTests(fixture), IClassFixture<SqliteMedia>;

public sealed class PostgresMediaOperationsTests(PostgresMedia fixture) : MediaOperationsTests(fixture), IClassFixture<PostgresMedia>;
