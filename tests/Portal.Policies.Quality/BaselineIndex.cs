using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>
/// The comparison point: SmartCn on title and body, a plain MultiFieldQueryParser (OR by default), nothing else.
/// </summary>
internal sealed class BaselineIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public TimeSpan Build(IReadOnlyList<PolicyIndexDocument> documents)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, PolicyAnalyzers.SmartCn) { RAMBufferSizeMB = 256 };
        using (var writer = new IndexWriter(_directory, config))
        {
            Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document =>
                writer.AddDocument(new Document
                {
                    new StringField("id", document.Id.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
                    new TextField("title", document.Title, Field.Store.NO),
                    new TextField("body", document.Body ?? string.Empty, Field.Store.NO),
                }));
            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        return watch.Elapsed;
    }

    public List<long> Search(string text, int count)
    {
        var parser = new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "body"], PolicyAnalyzers.SmartCn);
        Query query;
        try
        {
            query = parser.Parse(QueryParserBase.Escape(text));
        }
        catch (ParseException)
        {
            return [];
        }

        return _searcher!.Search(query, count).ScoreDocs
            .Select(hit => long.Parse(_searcher.Doc(hit.Doc).Get("id"), CultureInfo.InvariantCulture))
            .ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
    }
}
