using System.Diagnostics;

namespace Portal.Browser.Tests.Speech;

/// <summary>parec on the null sink's monitor, written to a raw file; the wall-clock time of its start aligns it with page events.</summary>
public sealed class SoundRecording : IDisposable
{
    public const int SampleRate = 16000;

    private readonly Process _process;
    private readonly FileStream _file;
    private readonly Task _copy;

    private SoundRecording(Process process, FileStream file, string path, DateTimeOffset started)
    {
        _process = process;
        _file = file;
        Path = path;
        Started = started;
        _copy = process.StandardOutput.BaseStream.CopyToAsync(file);
    }

    public string Path { get; }

    /// <summary>When the first sample was (about to be) taken, on the same clock as the page's Date.now().</summary>
    public DateTimeOffset Started { get; }

    internal static SoundRecording Start(SpeechEngine engine, string path)
    {
        var info = engine.Tool("parec", "-d", SpeechEngine.Sink + ".monitor", "--format=s16le", "--rate=" + SampleRate, "--channels=1", "--latency-msec=20");
        var started = DateTimeOffset.UtcNow;
        var process = Process.Start(info)!;
        var recording = new SoundRecording(process, File.Create(path), path, started);
        // parec connects within a few tens of milliseconds; that offset is well inside the margins the measurements allow.
        Thread.Sleep(300);
        return recording;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _copy.Wait(TimeSpan.FromSeconds(5));
        _file.Dispose();
        _process.Dispose();
    }
}
