using Portal.Core.Recipes;
using Portal.Modules.Content.Features.WriteContent;

namespace Portal.Modules.Content.Recipes;

internal sealed class ContentStepModel : RecipeStepModel
{
    public List<ColumnModel> Columns { get; set; } = [];

    /// <summary>Items keyed by externalId, published at once (like an import).</summary>
    public List<ContentInput> Items { get; set; } = [];

    internal sealed class ColumnModel
    {
        public string Slug { get; set; } = "";

        public string Name { get; set; } = "";

        public int Order { get; set; } = 100;

        public bool RequiresReview { get; set; }

        public bool InMenu { get; set; } = true;

        /// <summary>"site/slug" of ancestors' columns whose shared items this column lists.</summary>
        public List<string> Sources { get; set; } = [];
    }
}
