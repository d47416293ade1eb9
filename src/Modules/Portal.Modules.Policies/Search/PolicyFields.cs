namespace Portal.Modules.Policies.Search;

/// <summary>Lucene field names; one place so index and query code cannot drift apart.</summary>
internal static class PolicyFields
{
    public const string Id = "id";
    public const string Tenant = "tenant";
    public const string ExternalId = "ext_id";
    public const string Title = "title";
    public const string TitleBigram = "title_bi";

    /// <summary>Title, keywords, issuer, number, body and attachment as CJK bigrams: the recall field.</summary>
    public const string TextBigram = "text_bi";
    public const string Body = "body";
    public const string DocNumber = "doc_number";
    public const string NumberKey = "num_key";
    public const string NumberAgency = "num_agency";
    public const string Issuer = "issuer";
    public const string Level = "level";
    public const string Category = "category";
    public const string Validity = "validity";
    public const string Year = "year";
    public const string Date = "date";
    public const string DateSort = "date_sort";
    public const string Keywords = "keywords";
}
