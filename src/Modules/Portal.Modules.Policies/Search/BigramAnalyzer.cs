using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Overlapping CJK character bigrams (离退/退休/休干/干部). A phrase of bigrams is a substring match, which is
/// what remembered phrases, typos next to correct text and SmartCn's odd splits (老/干部/局) need.
/// </summary>
internal sealed class BigramAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new CJKBigramFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    // Multi-valued text (title, keywords, body) must not form phrases across value boundaries.
    public override int GetPositionIncrementGap(string fieldName) => 100;
}
