using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Browser.Tests.Speech;

/// <summary>
/// Read-aloud heard through a real engine: Chromium → speech-dispatcher → espeak-ng → a PulseAudio null
/// sink, recorded while a policy document is read and measured with sox. The figures go to the test
/// output and to artifacts/browser/speech/figures.txt (which .ci/run prints).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed partial class RealSpeechTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const string DocumentPath = "/" + PublicPages.ClearSite + "/policies/1";

    [Fact]
    public async Task ReadAloud_WithRealEngine_SpeaksEachParagraphInTurnInMandarin_AndPausesResumesStops()
    {
        using var engine = SpeechEngine.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright, ["--enable-speech-dispatcher", "--autoplay-policy=no-user-gesture-required"], engine.Environment);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        await context.AddInitScriptAsync(Probe.Script("reading-marks"));
        var page = await context.NewPageAsync();
        await page.GotoAsync(portal.Server.BaseUrl + DocumentPath);
        var box = page.Locator("[data-read-aloud]");

        // The voice: Chromium asks speech-dispatcher for its voices; read-aloud must settle on a Mandarin one.
        await Assertions.Expect(box).ToHaveAttributeAsync("data-voice-lang", MandarinLang(), new() { Timeout = 30_000 });
        var voice = await box.GetAttributeAsync("data-voice");
        var voiceLang = await box.GetAttributeAsync("data-voice-lang");
        var rate = await box.Locator("a[aria-current=true]").InnerTextAsync();

        var file = Path.Combine(Artifacts.Folder("speech"), "policy-document.raw");
        SoundRecording recording;
        double startAt, finishedAt, pauseAt, resumeAt, stopAt, endAt;
        List<ReadingMark> marks;
        using (recording = engine.Record(file))
        {
            // First the whole document, untouched: sound for every paragraph, at a Mandarin pace.
            await Task.Delay(1000);
            startAt = Now(recording);
            await page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();
            await WaitAsync(page, recording, "the reading to end", "() => window.__marks.length > 1 && window.__marks[window.__marks.length - 1].text === null", 300_000);
            finishedAt = Now(recording);
            marks = await MarksAsync(page, recording);
            await Task.Delay(1500);

            // Then again: pause a second into the first long paragraph, keep still, resume, and stop.
            await page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();
            await WaitAsync(page, recording, "a long paragraph", "() => { const e = document.querySelector('.is-reading'); return e && e.textContent.trim().length >= 30; }", 120_000);
            await Task.Delay(1000);
            pauseAt = Now(recording);
            await page.GetByRole(AriaRole.Button, new() { Name = "暂停" }).ClickAsync();
            await Task.Delay(3000);
            resumeAt = Now(recording);
            await page.GetByRole(AriaRole.Button, new() { Name = "继续" }).ClickAsync();
            await Task.Delay(3000);
            stopAt = Now(recording);
            await page.GetByRole(AriaRole.Button, new() { Name = "停止" }).ClickAsync();
            await Task.Delay(3000);
            endAt = Now(recording);
        }

        var paragraphs = Paragraphs(marks, startAt, finishedAt);
        var report = new StringBuilder();
        void Line(string text)
        {
            output.WriteLine(text);
            report.AppendLine(text);
        }

        Line($"real speech engine: {DocumentPath}, voice \"{voice}\" ({voiceLang}), 语速 {rate}");
        var measured = paragraphs.Select((p, i) =>
        {
            var sound = Sox.SoundSeconds(recording, p.From, p.To + 0.4);
            Line(string.Create(CultureInfo.InvariantCulture, $"paragraph {i + 1,2}: {Characters(p.Text),3} characters, marked {p.To - p.From,6:0.00} s, sound {sound,6:0.00} s  {Short(p.Text)}"));
            return (p, sound);
        }).ToList();
        var characters = paragraphs.Sum(p => Characters(p.Text));
        var speech = Sox.SoundSeconds(recording, startAt, finishedAt + 0.4);
        var before = Sox.SoundSeconds(recording, 0, startAt);
        var beforePause = Sox.SoundSeconds(recording, pauseAt - 1, pauseAt);
        var duringPause = Sox.SoundSeconds(recording, pauseAt + 0.5, resumeAt);
        var afterResume = Sox.SoundSeconds(recording, resumeAt, stopAt);
        var afterStop = Sox.SoundSeconds(recording, stopAt + 0.5, endAt);
        var perSecond = characters / speech;
        Line(string.Create(CultureInfo.InvariantCulture, $"total: {paragraphs.Count} paragraphs, {characters} characters, {speech:0.0} s of speech over {finishedAt - startAt:0.0} s, {perSecond:0.00} characters/s"));
        Line(string.Create(CultureInfo.InvariantCulture, $"pause/resume/stop (sound seconds): before start {before:0.00}, last second before 暂停 {beforePause:0.00}, while paused {duringPause:0.00} of {resumeAt - pauseAt - 0.5:0.0}, after 继续 {afterResume:0.00} of {stopAt - resumeAt:0.0}, after 停止 {afterStop:0.00} of {endAt - stopAt - 0.5:0.0}"));
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder("speech"), "figures.txt"), report.ToString());

        Assert.Matches(MandarinLang(), voiceLang);
        Assert.True(paragraphs.Count >= 5, $"only {paragraphs.Count} paragraphs were marked");
        // In turn: while each paragraph is marked, the sink carries sound for most of that time (not before, not after).
        Assert.All(measured, m => Assert.True(m.sound >= 0.3 && m.sound >= 0.5 * (m.p.To - m.p.From), $"too little speech for paragraph “{Short(m.p.Text)}”: {m.sound:0.00} s in {m.p.To - m.p.From:0.00} s"));
        // Mandarin espeak-ng at 语速 正常 speaks about 2–5 syllables (characters) a second; a foreign voice spelling
        // the characters out, or silence, falls far outside.
        Assert.InRange(perSecond, 1.5, 8);
        Assert.True(before < 0.1, $"sound before reading started: {before:0.00} s");
        Assert.True(beforePause > 0.3, $"no sound before pausing: {beforePause:0.00} s");
        Assert.True(duringPause < 0.3, $"sound while paused: {duringPause:0.00} s");
        Assert.True(afterResume > 1, $"no sound after resume: {afterResume:0.00} s");
        Assert.True(afterStop < 0.2, $"sound after stop: {afterStop:0.00} s");
        Assert.Equal(0, await page.Locator(".is-reading").CountAsync());
    }

    /// <summary>Waits for a condition in the page; on timeout says what the page had marked so far.</summary>
    private static async Task WaitAsync(IPage page, SoundRecording recording, string what, string condition, int milliseconds)
    {
        try
        {
            await page.WaitForFunctionAsync(condition, null, new() { Timeout = milliseconds, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
            var marks = await MarksAsync(page, recording);
            var status = await page.Locator(".read-aloud__status").InnerTextAsync();
            throw new InvalidOperationException($"Waited {milliseconds / 1000} s for {what}. Status: “{status}”. Marks: "
                + string.Join(" | ", marks.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Seconds:0.0}s {Short(m.Text ?? "(none)")}"))));
        }
    }

    private static double Now(SoundRecording recording) => (DateTimeOffset.UtcNow - recording.Started).TotalSeconds;

    private static async Task<List<ReadingMark>> MarksAsync(IPage page, SoundRecording recording)
    {
        var started = recording.Started.ToUnixTimeMilliseconds();
        return (await page.EvaluateAsync<JsonElement>("() => window.__marks")).EnumerateArray()
            .Select(m => new ReadingMark((m.GetProperty("t").GetDouble() - started) / 1000, m.GetProperty("text").GetString()))
            .ToList();
    }

    /// <summary>Each marked paragraph of the first reading with its stretch of the recording (until the next mark).</summary>
    private static List<(string Text, double From, double To)> Paragraphs(List<ReadingMark> marks, double from, double to)
    {
        var inRun = marks.Where(m => m.Seconds >= from - 0.1 && m.Seconds <= to + 0.1).ToList();
        return inRun.Zip(inRun.Skip(1)).Where(pair => pair.First.Text is not null)
            .Select(pair => (pair.First.Text!, pair.First.Seconds, pair.Second.Seconds)).ToList();
    }

    private static int Characters(string text) => text.Count(char.IsLetterOrDigit);

    private static string Short(string text) => text.Length <= 16 ? text : text[..16] + "…";

    [GeneratedRegex("^(zh|cmn)([-_]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex MandarinLang();
}
