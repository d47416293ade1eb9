using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Media.Contracts;
using Portal.Web.Tests.Security;
using SkiaSharp;
using Xunit;

namespace Portal.Web.Tests.Media;

/// <summary>
/// The library end to end on each database: uploads through the admin page and through <see cref="IMediaFiles"/>,
/// images resized and re-encoded, files served with immutable caching, documents served by their real type,
/// one site's files never under another's address.
/// </summary>
public abstract class MediaLibraryTests(MediaFixture fixture)
{
    [Fact]
    public async Task UploadPage_StoresAPng_WithTheSmallerWidthsOnly()
    {
        using var editor = await EditorAsync(fixture.County);
        var response = await UploadAsync(editor, fixture.County, "重阳节活动合影.png", TestFiles.Image(1000, 600, background: SKColors.Teal), "重阳节登高活动合影");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var file = await FindByNameAsync(fixture.County, "重阳节活动合影.png");
        Assert.Equal((MediaKind.Image, 1000, 600, "重阳节登高活动合影"), (file.Kind, file.Width, file.Height, file.AltText));
        using var reader = fixture.Factory.CreateBrowser();
        Assert.Equal((1000, 600), Size(await reader.GetByteArrayAsync(file.Url)));
        Assert.Equal((320, 192), Size(await reader.GetByteArrayAsync(Widths(file.Url, 320))));
        Assert.Equal((640, 384), Size(await reader.GetByteArrayAsync(Widths(file.Url, 640))));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(Widths(file.Url, 1280))).StatusCode); // never upscaled

        await using var scope = await fixture.ScopeAsync(fixture.County);
        var media = scope.ServiceProvider.GetRequiredService<IMediaFiles>();
        Assert.Equal(Widths(file.Url, 320), media.ImageUrl(file, 200));
        Assert.Equal(Widths(file.Url, 640), media.ImageUrl(file, 500));
        Assert.Equal(file.Url, media.ImageUrl(file, 900));

        var list = await editor.GetStringAsync($"/{fixture.County}/admin/media?q={Uri.EscapeDataString("登高")}");
        Assert.Contains("重阳节活动合影.png", list, StringComparison.Ordinal);
        Assert.Contains(Widths(file.Url, 320), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jpeg_LosesItsExif_AndIsTurnedUprightFirst()
    {
        var file = await AddAsync(fixture.County, "手机拍摄.jpg", TestFiles.JpegWithExif(400, 200));

        Assert.Equal((200, 400), (file.Width, file.Height)); // 400 × 200 with orientation 6: portrait once turned
        using var reader = fixture.Factory.CreateBrowser();
        var served = await reader.GetByteArrayAsync(file.Url);
        var text = System.Text.Encoding.Latin1.GetString(served);
        Assert.DoesNotContain("Exif", text, StringComparison.Ordinal);
        Assert.DoesNotContain("GPS", text, StringComparison.Ordinal);
        Assert.Equal((200, 400), Size(served));
        using var codec = SKCodec.Create(new MemoryStream(served));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        using var pixels = SKBitmap.Decode(served);
        var corner = pixels.GetPixel(pixels.Width - 10, 10); // the red square, top left before turning, is top right after
        Assert.True(corner.Red > 200 && corner.Green < 80, $"top right is {corner}");
    }

    [Fact]
    public async Task Served_WithImmutableCaching_AnETag_And304WhenAskedAgain()
    {
        var file = await AddAsync(fixture.County, "活动中心外景.png", TestFiles.Image(500, 300, background: SKColors.Olive));
        using var reader = fixture.Factory.CreateBrowser();
        var first = await reader.GetAsync(file.Url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", first.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", first.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("image/png", first.Content.Headers.ContentType!.MediaType);
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, file.Url);
        again.Headers.IfNoneMatch.Add(tag);
        var second = await reader.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        using var head = new HttpRequestMessage(HttpMethod.Head, file.Url);
        var headers = await reader.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headers.StatusCode);
        Assert.Equal(tag, headers.Headers.ETag);
        Assert.Empty(await headers.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Pdf_OpensInline_Docx_Downloads_BothNosniff()
    {
        var pdf = await AddAsync(fixture.County, "老干部医疗待遇政策解读.pdf", TestFiles.Pdf());
        var docx = await AddAsync(fixture.County, "春节走访慰问通知.docx", TestFiles.Docx());
        using var reader = fixture.Factory.CreateBrowser();

        var pdfResponse = await reader.GetAsync(pdf.Url);
        Assert.Equal("application/pdf", pdfResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", pdfResponse.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", pdfResponse.Headers.GetValues("X-Content-Type-Options").Single());

        var docxResponse = await reader.GetAsync(docx.Url);
        Assert.Equal(MediaKind.Document, docx.Kind);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docxResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", docxResponse.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("春节走访慰问通知.docx", docxResponse.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", docxResponse.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", docxResponse.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(TestFiles.Docx().Length, (await docxResponse.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task UploadPage_RefusesHtmlNamedJpg_AndSvg_WithAChineseSentence_AndStoresNothing()
    {
        using var editor = await EditorAsync(fixture.County);
        var html = await UploadAsync(editor, fixture.County, "风景照片.jpg", TestFiles.Html(), null);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("网页（HTML/XML）", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var svg = await UploadAsync(editor, fixture.County, "局徽.svg", TestFiles.Svg(), null);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        Assert.Contains("不能上传 SVG", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var list = await editor.GetStringAsync($"/{fixture.County}/admin/media");
        Assert.DoesNotContain("风景照片", list, StringComparison.Ordinal);
        Assert.DoesNotContain("局徽", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SizeLimits_Images10MB_Documents50MB()
    {
        var content = new byte[(10 * 1024 * 1024) + 1];
        TestFiles.Image(20, 20, SKEncodedImageFormat.Jpeg).CopyTo(content, 0);
        await using var scope = await fixture.ScopeAsync(fixture.County);
        var media = scope.ServiceProvider.GetRequiredService<IMediaFiles>();
        var refused = await Assert.ThrowsAsync<MediaRejectedException>(() => media.AddAsync("航拍.jpg", new MemoryStream(content), null, CancellationToken.None));
        Assert.Contains("图片不能超过 10MB", refused.Message, StringComparison.Ordinal);

        // A document may be five times larger; past 50 MB the upload stops being read.
        var pdf = new byte[12 * 1024 * 1024];
        TestFiles.Pdf().CopyTo(pdf, 0);
        Assert.Equal(MediaKind.Document, (await media.AddAsync("全省离退休干部统计年鉴.pdf", new MemoryStream(pdf), null, CancellationToken.None)).Kind);
        var huge = new byte[(50 * 1024 * 1024) + 1];
        TestFiles.Pdf().CopyTo(huge, 0);
        var tooLarge = await Assert.ThrowsAsync<MediaRejectedException>(() => media.AddAsync("扫描件.pdf", new MemoryStream(huge), null, CancellationToken.None));
        Assert.Contains("文档不能超过 50MB", tooLarge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameBytesTwice_GiveTheSameFile()
    {
        var bytes = TestFiles.Image(700, 400, SKEncodedImageFormat.Jpeg, SKColors.Maroon);
        var first = await AddAsync(fixture.County, "老年大学书法班.jpg", bytes);
        var second = await AddAsync(fixture.County, "书法班（重复）.jpg", bytes);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal("老年大学书法班.jpg", second.FileName);
    }

    [Fact]
    public async Task AnotherSitesId_IsNotFound_AndADeletedFileIsGoneButItsIdKept()
    {
        var file = await AddAsync(fixture.Sibling, "西岭县书画展海报.png", TestFiles.Image(300, 420, background: SKColors.Purple));
        using var reader = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(file.Url)).StatusCode);
        var empty = await fixture.NewSiteAsync("mkong");
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(file.Url.Replace($"/{fixture.Sibling}/", $"/{empty}/", StringComparison.Ordinal))).StatusCode);
        var underCounty = await reader.GetAsync(file.Url.Replace($"/{fixture.Sibling}/", $"/{fixture.County}/", StringComparison.Ordinal));
        var countyBytes = await underCounty.Content.ReadAsByteArrayAsync();
        var siblingBytes = await reader.GetByteArrayAsync(file.Url);
        Assert.False(underCounty.IsSuccessStatusCode && countyBytes.AsSpan().SequenceEqual(siblingBytes)); // 404, or the county's own file of that number

        using var editor = await EditorAsync(fixture.Sibling);
        var deleted = await Browser.PostFormAsync(editor, $"/{fixture.Sibling}/admin/media?handler=Delete", new() { ["id"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/{fixture.Sibling}/admin/media");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(file.Url)).StatusCode);

        var again = await AddAsync(fixture.Sibling, "海报.png", TestFiles.Image(300, 420, background: SKColors.Purple));
        Assert.Equal(file.Id, again.Id); // same bytes, same id: a cached copy of that URL is still right
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(again.Url)).StatusCode);
    }

    [Fact]
    public async Task AltText_IsEdited_WithItsVersion_AndAStaleVersionIsRefused()
    {
        var file = await AddAsync(fixture.County, "走访慰问.png", TestFiles.Image(200, 150, background: SKColors.Navy));
        using var editor = await EditorAsync(fixture.County);
        var page = $"/{fixture.County}/admin/media";
        var saved = await Browser.PostFormAsync(editor, page + "?handler=AltText", new() { ["id"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1", ["altText"] = "局领导走访慰问离休干部" }, page);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stale = await Browser.PostFormAsync(editor, page + "?handler=AltText", new() { ["id"] = file.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["version"] = "1", ["altText"] = "旧的说明" }, page);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("刚被别人修改过", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("局领导走访慰问离休干部", (await FindByNameAsync(fixture.County, "走访慰问.png")).AltText);
    }

    [Fact]
    public async Task AdminPage_IsForEditorsAndTheSystemAdministrator_NotForAClerkOrAnonymous()
    {
        var page = $"/{fixture.County}/admin/media";
        using (var editor = await EditorAsync(fixture.County))
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(page)).StatusCode);
        }

        using (var sysadmin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "xitong", MediaFixture.Password))
        {
            Assert.Equal(HttpStatusCode.OK, (await sysadmin.GetAsync(page)).StatusCode);
        }

        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "xinxi", MediaFixture.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(page)).StatusCode);
        var token = Browser.Token(await clerk.GetStringAsync($"/{fixture.County}/account/password"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(TestFiles.Image(100, 100)), "file", "信息员上传.png" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync(page + "?handler=Upload", form)).StatusCode);
        await using (var scope = await fixture.ScopeAsync(fixture.County))
        {
            Assert.Null(await FindOrNullAsync(scope, "信息员上传.png"));
        }

        using var anonymous = fixture.Factory.CreateBrowser();
        var response = await anonymous.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private Task<HttpClient> EditorAsync(string tenant) => Browser.SignedInAsync(fixture.Factory, tenant, "bianji", MediaFixture.Password);

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string tenant, string fileName, byte[] content, string? altText)
    {
        var page = $"/{tenant}/admin/media";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(await browser.GetStringAsync(page))), "__RequestVerificationToken" },
            { new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", fileName },
        };
        if (altText is not null)
        {
            form.Add(new StringContent(altText), "altText");
        }

        return await browser.PostAsync(page + "?handler=Upload", form);
    }

    private async Task<MediaFile> AddAsync(string tenant, string fileName, byte[] content)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<IMediaFiles>().AddAsync(fileName, new MemoryStream(content), null, CancellationToken.None);
    }

    private async Task<MediaFile> FindByNameAsync(string tenant, string fileName)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        return await FindOrNullAsync(scope, fileName) ?? throw new InvalidOperationException($"{fileName} is not in {tenant}'s library");
    }

    private static async Task<MediaFile?> FindOrNullAsync(AsyncServiceScope scope, string fileName)
    {
        var db = scope.ServiceProvider.GetRequiredService<Portal.Modules.Media.Persistence.MediaDbContext>();
        var ids = db.Items.Where(i => i.FileName == fileName).Select(i => i.Id).ToList();
        var found = await scope.ServiceProvider.GetRequiredService<IMediaFiles>().FindAsync(ids, CancellationToken.None);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<long> HighestIdAsync(string tenant)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<Portal.Modules.Media.Persistence.MediaDbContext>();
        return db.Items.Select(i => (long?)i.Id).Max() ?? 0;
    }

    private static string Widths(string url, int width)
    {
        var slash = url.LastIndexOf('/');
        return $"{url[..slash]}/w{width}{url[slash..]}";
    }

    private static (int Width, int Height) Size(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return (codec.Info.Width, codec.Info.Height);
    }
}

public sealed class SqliteMediaLibraryTests(SqliteMedia fixture) : MediaLibraryTests(fixture), IClassFixture<SqliteMedia>;

public sealed class PostgresMediaLibraryTests(PostgresMedia fixture) : MediaLibraryTests(fixture), IClassFixture<PostgresMedia>;
