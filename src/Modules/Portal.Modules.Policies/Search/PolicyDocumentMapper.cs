using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Maps a <see cref="PolicyIndexDocument"/> to Lucene fields.</summary>
internal static class PolicyDocumentMapper
{
    public static string IdText(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static Document ToLucene(PolicyIndexDocument source)
    {
        var doc = new Document
        {
            new StringField(PolicyFields.Id, IdText(source.Id), Field.Store.YES),
            new StoredField(PolicyFields.Tenant, source.Tenant),
            new TextField(PolicyFields.Title, source.Title, Field.Store.YES),
            new TextField(PolicyFields.TitleBigram, source.Title, Field.Store.NO),
            new TextField(PolicyFields.TextBigram, source.Title, Field.Store.NO),
        };

        if (!string.IsNullOrEmpty(source.ExternalId))
        {
            doc.Add(new StoredField(PolicyFields.ExternalId, source.ExternalId));
        }

        AddNumber(doc, source.DocNumber);
        AddFacet(doc, PolicyFields.Issuer, source.Issuer);
        AddFacet(doc, PolicyFields.Level, source.Level);
        AddFacet(doc, PolicyFields.Category, source.Category);
        AddFacet(doc, PolicyFields.Validity, source.Validity);

        if (source.Date is { } date)
        {
            AddFacet(doc, PolicyFields.Year, date.Year.ToString(CultureInfo.InvariantCulture));
            doc.Add(new StoredField(PolicyFields.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            doc.Add(new NumericDocValuesField(PolicyFields.DateSort, (date.Year * 10000L) + (date.Month * 100L) + date.Day));
        }
        else
        {
            // Undated documents sort last under "newest first".
            doc.Add(new NumericDocValuesField(PolicyFields.DateSort, 0));
        }

        if (source.Issuer is { Length: > 0 } issuer)
        {
            doc.Add(new TextField(PolicyFields.TextBigram, issuer, Field.Store.NO));
        }

        foreach (var keyword in source.Keywords)
        {
            doc.Add(new StoredField(PolicyFields.Keywords, keyword));
            doc.Add(new TextField(PolicyFields.TextBigram, keyword, Field.Store.NO));
        }

        if (source.Body is { Length: > 0 } body)
        {
            doc.Add(new StoredField(PolicyFields.Body, body));
            doc.Add(new TextField(PolicyFields.TextBigram, body, Field.Store.NO));
        }

        if (source.AttachmentText is { Length: > 0 } attachment)
        {
            doc.Add(new TextField(PolicyFields.TextBigram, attachment, Field.Store.NO));
        }

        return doc;
    }

    private static void AddNumber(Document doc, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return;
        }

        if (!DocumentNumber.TryParse(raw, out var number))
        {
            doc.Add(new StoredField(PolicyFields.DocNumber, raw.Trim()));
            doc.Add(new TextField(PolicyFields.TextBigram, raw, Field.Store.NO));
            return;
        }

        var canonical = number.ToString();
        doc.Add(new StoredField(PolicyFields.DocNumber, canonical));
        doc.Add(new TextField(PolicyFields.TextBigram, canonical, Field.Store.NO));
        doc.Add(new StringField(PolicyFields.NumberKey, number.SerialKey, Field.Store.NO));

        // Every suffix of the agency (≥ 2 chars) is a term, so "查中办发" or "军委…令" can match by common suffix.
        var agency = number.AgencyKey;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in agency.Split('、').Append(agency))
        {
            for (var start = 0; start <= part.Length - 2; start++)
            {
                var suffix = part[start..];
                if (seen.Add(suffix))
                {
                    doc.Add(new StringField(PolicyFields.NumberAgency, suffix, Field.Store.NO));
                }
            }
        }
    }

    private static void AddFacet(Document doc, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var trimmed = value.Trim();
        doc.Add(new StringField(field, trimmed, Field.Store.YES));
        doc.Add(new SortedDocValuesField(field, new BytesRef(trimmed)));
    }
}
