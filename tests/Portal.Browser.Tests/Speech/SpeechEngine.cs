using System.Diagnostics;

namespace Portal.Browser.Tests.Speech;

/// <summary>
/// A real speech engine for the browser: PulseAudio with a null sink (no sound card here) and
/// speech-dispatcher with espeak-ng, both started in a private runtime folder (CI runs as root without
/// a login session, so there is no user's PulseAudio to borrow) and stopped by their own PIDs.
/// Chromium started with <see cref="Environment"/> and --enable-speech-dispatcher speaks into the sink;
/// <see cref="Record"/> captures the sink's monitor.
/// </summary>
public sealed class SpeechEngine : IDisposable
{
    public const string Sink = "readaloud";

    private static readonly string[] Tools = ["pulseaudio", "pactl", "parec", "speech-dispatcher", "sox", "espeak-ng"];

    private readonly List<int> _pids = [];

    private SpeechEngine(string folder) => Folder = folder;

    /// <summary>The private XDG_RUNTIME_DIR (and HOME) of the engine and of the browser that uses it.</summary>
    public string Folder { get; }

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["XDG_RUNTIME_DIR"] = Folder,
        ["HOME"] = Folder,
        ["PULSE_SERVER"] = "unix:" + Path.Combine(Folder, "pulse", "native"),
        ["SPEECHD_ADDRESS"] = "unix_socket:" + Path.Combine(Folder, "speech-dispatcher", "speechd.sock"),
    };

    /// <summary>Starts the engine. Missing packages fail the test (locally and in CI): a skipped engine test proves nothing.</summary>
    public static SpeechEngine Start()
    {
        var missing = Tools.Where(tool => !File.Exists("/usr/bin/" + tool)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The real speech engine is not installed (missing {string.Join(", ", missing)}). "
                + "Install it: apt-get install -y speech-dispatcher speech-dispatcher-espeak-ng espeak-ng pulseaudio pulseaudio-utils sox");
        }

        var folder = Path.Combine(Path.GetTempPath(), "portal-speech-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // A runtime folder must be private (0700), as PulseAudio and speech-dispatcher expect.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var engine = new SpeechEngine(folder);
        try
        {
            engine.StartPulseAudio();
            engine.StartSpeechDispatcher();
        }
        catch
        {
            engine.Dispose();
            throw;
        }

        return engine;
    }

    /// <summary>Records the sink's monitor (16 kHz mono s16le) until the returned recording is disposed.</summary>
    public SoundRecording Record(string file) => SoundRecording.Start(this, file);

    internal ProcessStartInfo Tool(string name, params string[] arguments)
    {
        var info = new ProcessStartInfo(name) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private void StartPulseAudio()
    {
        var config = Path.Combine(Folder, "pulse.pa");
        // -n: no default script (it would probe sound cards and D-Bus); only a null sink and the socket.
        File.WriteAllText(config, $"""
            load-module module-null-sink sink_name={Sink} sink_properties=device.description={Sink}
            load-module module-native-protocol-unix
            set-default-sink {Sink}
            """);
        // --system is for machine-wide daemons; a per-run daemon in our own folder works as root without a session.
        Run(Tool("pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "--use-pid-file=yes", "-n", "-F", config,
            "--log-target=file:" + Path.Combine(Folder, "pulseaudio.log")));
        _pids.Add(WaitForPid(Path.Combine(Folder, "pulse", "pid")));
        Run(Tool("pactl", "info")); // answers once the socket is up
    }

    private void StartSpeechDispatcher()
    {
        var pidFile = Path.Combine(Folder, "speech-dispatcher.pid");
        // -t 0: stay up without clients (Chromium connects and disconnects); -L: its logs stay in our folder.
        Run(Tool("speech-dispatcher", "-d", "-t", "0", "-P", pidFile, "-L", Folder));
        _pids.Add(WaitForPid(pidFile));
    }

    internal static string Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new InvalidOperationException($"{info.FileName} did not finish in 30 s.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{info.FileName} {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {error.Result}");
        }

        return output.Result + error.Result;
    }

    private static int WaitForPid(string file)
    {
        for (var i = 0; i < 100; i++)
        {
            if (File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var pid))
            {
                return pid;
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException($"No PID in {file} after 10 s.");
    }

    public void Dispose()
    {
        foreach (var pid in _pids)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                process.WaitForExit(5000);
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A socket still closing; the temp folder is cleaned by the OS.
        }
    }
}
