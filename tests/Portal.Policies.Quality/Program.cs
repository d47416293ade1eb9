using System.Diagnostics;
using Portal.Modules.Policies.Search;
using Portal.Policies.Quality;

var arguments = args.ToList();
var synthetic = 0;
var syntheticAt = arguments.IndexOf("--synthetic");
if (syntheticAt >= 0)
{
    synthetic = int.Parse(arguments[syntheticAt + 1], System.Globalization.CultureInfo.InvariantCulture);
    arguments.RemoveRange(syntheticAt, 2);
}

var explainAt = arguments.IndexOf("--explain");
string? explain = null;
if (explainAt >= 0)
{
    explain = arguments[explainAt + 1];
    arguments.RemoveRange(explainAt, 2);
}

var showFailures = arguments.Remove("--failures");
var skipBaseline = arguments.Remove("--no-baseline");
var skipCorpus = arguments.Remove("--no-corpus");
// --shared-words: two-word and topic queries also from words other titles hold too (the rule before ADR 0034).
var sharedWords = arguments.Remove("--shared-words");
// --min-strict N: how many AND matches are enough before the engine relaxes (default: the host's SearchSettings).
var minStrictAt = arguments.IndexOf("--min-strict");
var minStrict = minStrictAt >= 0 ? int.Parse(arguments[minStrictAt + 1], System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
if (minStrictAt >= 0)
{
    arguments.RemoveRange(minStrictAt, 2);
}

// --seed N: the query generator's seed; --split tune|heldout: which half of the corpus the queries target
// (tune on one, report the other); --per-kind N: queries per kind.
var seed = TakeInt(arguments, "--seed") ?? 20_251_201;
var perKind = TakeInt(arguments, "--per-kind") ?? 100;
var splitAt = arguments.IndexOf("--split");
var split = CorpusSplit.HeldOut;
if (splitAt >= 0)
{
    split = Splits.Parse(arguments[splitAt + 1]);
    arguments.RemoveRange(splitAt, 2);
}

// --speed DIR [--answers FILE]: CPU time per query kind of the HTTP benchmark's query mixes, in-process (SpeedProbe);
// the indexes are kept in DIR between runs (delete it when indexing changes).
var speedAt = arguments.IndexOf("--speed");
string? speedFolder = null;
if (speedAt >= 0)
{
    speedFolder = Path.GetFullPath(arguments[speedAt + 1]);
    arguments.RemoveRange(speedAt, 2);
}

var answersAt = arguments.IndexOf("--answers");
string? answersFile = null;
if (answersAt >= 0)
{
    answersFile = arguments[answersAt + 1];
    arguments.RemoveRange(answersAt, 2);
}

var corpusPath = ResolveCorpus(arguments.FirstOrDefault() ?? "../shared/corpus/laws.jsonl.gz");
if (speedFolder is not null)
{
    PolicyAnalyzers.Warm();
    SpeedProbe.Run(corpusPath, speedFolder, syntheticAt >= 0 ? synthetic : 100_000, queryCount: 1000, answersFile);
    return;
}

var work = Path.Combine(Path.GetTempPath(), $"portal-policies-quality-{Environment.ProcessId}");
var searcher = new PolicySearcher(minStrict ?? Portal.Modules.Policies.Features.SearchPolicies.SearchSettings.MinStrictResults);
try
{
    var watch = Stopwatch.StartNew();
    PolicyAnalyzers.Warm();
    Console.WriteLine($"SmartCn dictionary load: {watch.ElapsedMilliseconds} ms; cores: {Environment.ProcessorCount}");
    if (!skipCorpus)
    {
        RunCorpus(corpusPath, Path.Combine(work, "corpus"), searcher, skipBaseline, showFailures, explain, seed, split, perKind, sharedWords);
    }

    if (synthetic > 0)
    {
        RunSynthetic(synthetic, Path.Combine(work, "synthetic"), searcher);
    }
}
finally
{
    if (Directory.Exists(work))
    {
        Directory.Delete(work, recursive: true);
    }
}

static void RunCorpus(string corpusPath, string folder, PolicySearcher searcher, bool skipBaseline, bool showFailures, string? explain,
    int seed, CorpusSplit split, int perKind, bool sharedWords)
{
    var watch = Stopwatch.StartNew();
    // POLICIES_QUALITY_INDEX=folder: build the corpus index there once and reuse it on later runs (tuning only).
    var kept = Environment.GetEnvironmentVariable("POLICIES_QUALITY_INDEX");
    using var run = QualityRun.Build(corpusPath, kept ?? folder, keep: kept is not null);
    var corpus = run.Corpus;
    var index = run.Index;
    var documents = corpus.Select(item => item.Document).ToList();
    Console.WriteLine($"Corpus: {corpus.Count} documents, {documents.Sum(d => (long)d.Body!.Length):N0} body chars; loaded, indexed (parallel, {Environment.ProcessorCount} threads) and merged in {watch.Elapsed.TotalSeconds:F1} s");

    if (explain is not null)
    {
        Explain.Print(index, explain, explained: 0);
        return;
    }

    using var baseline = skipBaseline ? null : new BaselineIndex();
    if (baseline is not null)
    {
        Console.WriteLine($"Baseline index (SmartCn title+body, parallel): {baseline.Build(documents).TotalSeconds:F1} s");
    }

    var queries = run.Queries(seed, split, perKind, out var rejected, wordsMustIdentify: !sharedWords);
    var titleCounts = documents.GroupBy(d => d.Title).ToDictionary(g => g.Key, g => g.Count());
    var duplicateTargets = queries.Count(q => q.Kind == QueryKind.Title && titleCounts[documents[(int)q.TargetId - 1].Title] > 1);
    Console.WriteLine($"Queries: {queries.Count} (seed {seed}, split {split}: {corpus.Count(item => Splits.Contains(split, item))} target documents); common phrases rejected while sampling: {rejected}; two-word/topic targets drawn again (words shared by other titles{(sharedWords ? ", rule off" : string.Empty)}): {run.RejectedSharedWords}");
    Console.WriteLine($"Title queries whose target shares its exact title with other documents: {duplicateTargets}; corpus titles held by >1 document: {titleCounts.Count(p => p.Value > 1)}");

    IReadOnlyList<(string, PolicyIndex)> indexes = [("corpus", index)];
    var (engine, baselineMetrics, failures) = Evaluation.Run(queries, searcher, indexes, baseline);
    Evaluation.Print(engine, baseline is null ? null : baselineMetrics);
    var missedDuplicates = failures.Count(f => f.Rank == 0 && titleCounts[documents[(int)f.Query.TargetId - 1].Title] > 1);
    Console.WriteLine($"Misses (not in top 10): {failures.Count(f => f.Rank == 0)}, of which target title is duplicated: {missedDuplicates}");
    if (showFailures)
    {
        foreach (var (query, rank, top) in failures)
        {
            Console.WriteLine($"  [{query.Kind}] rank {rank}: {query.Text} → want {documents[(int)query.TargetId - 1].Title} | got {string.Join(" / ", top)}");
        }
    }

    var (p50, p95, max) = Latency.Measure(searcher, indexes, queries.Select(q => q.Text).ToList(), 1000);
    Console.WriteLine($"In-process search latency over 1000 queries (size 10, facets, snippets): p50 {p50:F1} ms, p95 {p95:F1} ms, max {max:F1} ms");
}

static void RunSynthetic(int count, string folder, PolicySearcher searcher)
{
    var generator = new SyntheticCorpus(seed: 42);
    var watch = Stopwatch.StartNew();
    using var index = PolicyIndex.Open(folder);
    var samples = new List<PolicyIndexDocument>();
    for (var done = 0; done < count;)
    {
        var batch = Enumerable.Range(0, Math.Min(10_000, count - done)).Select(_ => generator.Next()).ToList();
        samples.Add(batch[0]);
        samples.Add(batch[^1]);
        index.Upsert(batch);
        done += batch.Count;
    }

    var analysed = watch.Elapsed;
    index.Optimize();
    index.Commit(cursor: count);
    Console.WriteLine($"Synthetic index: {count:N0} documents built and committed in {watch.Elapsed.TotalSeconds:F1} s ({analysed.TotalSeconds:F1} s analysis, rest merge+commit)");

    var random = new Random(7);
    var queries = samples.SelectMany(d => new[]
    {
        d.Title,
        d.DocNumber!.Replace("〔", "[", StringComparison.Ordinal).Replace("〕", "]", StringComparison.Ordinal),
        d.Body!.Substring(random.Next(d.Body.Length - 20), 14),
        $"最新 {d.Category} 政策",
        $"{d.Issuer} {d.Category}",
    }).ToList();
    if (Environment.GetEnvironmentVariable("POLICIES_PROFILE") is not null)
    {
        Profile.Print(index, queries.Take(20).ToList());
    }

    var (p50, p95, max) = Latency.Measure(searcher, [("synthetic", index)], queries, 1000);
    Console.WriteLine($"Synthetic search latency over 1000 queries: p50 {p50:F1} ms, p95 {p95:F1} ms, max {max:F1} ms");
    string[] kinds = ["title", "number", "body phrase", "topic+noise", "issuer+topic"];
    for (var kind = 0; kind < kinds.Length; kind++)
    {
        var subset = queries.Where((_, i) => i % kinds.Length == kind).ToList();
        var (k50, k95, _) = Latency.Measure(searcher, [("synthetic", index)], subset, 200);
        Console.WriteLine($"  {kinds[kind],-14} p50 {k50:F1} ms, p95 {k95:F1} ms");
    }
}

static int? TakeInt(List<string> arguments, string name)
{
    var at = arguments.IndexOf(name);
    if (at < 0)
    {
        return null;
    }

    var value = int.Parse(arguments[at + 1], System.Globalization.CultureInfo.InvariantCulture);
    arguments.RemoveRange(at, 2);
    return value;
}

static string ResolveCorpus(string path)
{
    if (Path.IsPathRooted(path) || File.Exists(path))
    {
        return Path.GetFullPath(path);
    }

    // Relative paths are relative to the repository root (the folder holding Directory.Packages.props).
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
        {
            return Path.GetFullPath(Path.Combine(dir.FullName, path));
        }
    }

    return Path.GetFullPath(path);
}
