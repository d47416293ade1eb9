using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Browser.Tests.Speech;

/// <summary>Measures a recording with sox: how many seconds of a stretch are sound rather than silence.</summary>
public static partial class Sox
{
    /// <summary>Below 0.5 % of full scale is silence (the null sink records exact zeros when nothing plays).</summary>
    private const string Threshold = "0.5%";

    /// <summary>Seconds of sound between <paramref name="from"/> and <paramref name="to"/> (seconds into the recording).</summary>
    public static double SoundSeconds(SoundRecording recording, double from, double to)
    {
        if (to <= from)
        {
            return 0;
        }

        // trim to the stretch, then drop every silence longer than 0.1 s (start, middle and end): what is left is speech.
        var output = SpeechEngine.Run(Info(recording, "trim", Seconds(Math.Max(0, from)), Seconds(to - Math.Max(0, from)),
            "silence", "1", "0.02", Threshold, "-1", "0.1", Threshold, "stat"));
        return LengthOf(output);
    }

    /// <summary>Length of the whole recording, in seconds.</summary>
    public static double Length(SoundRecording recording) => LengthOf(SpeechEngine.Run(Info(recording, "stat")));

    private static System.Diagnostics.ProcessStartInfo Info(SoundRecording recording, params string[] effects)
    {
        var info = new System.Diagnostics.ProcessStartInfo("sox") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t", "raw", "-r", SoundRecording.SampleRate.ToString(CultureInfo.InvariantCulture), "-e", "signed", "-b", "16", "-c", "1", recording.Path, "-n" }.Concat(effects))
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    private static string Seconds(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static double LengthOf(string statOutput)
    {
        var match = LengthLine().Match(statOutput);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"Length \(seconds\):\s+([0-9.]+)")]
    private static partial Regex LengthLine();
}
