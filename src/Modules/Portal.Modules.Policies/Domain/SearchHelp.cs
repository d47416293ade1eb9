namespace Portal.Modules.Policies.Domain;

/// <summary>
/// How a reader whose search found nothing can ask the bureau (telephone, office hours, a counter):
/// written by the site's editors on the search report page, shown on the zero-result page. One row per site.
/// </summary>
internal sealed class SearchHelp
{
    public const int MaxLength = 300;

    public long Id { get; set; }

    public string AskText { get; set; } = "";
}
