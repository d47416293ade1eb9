namespace Portal.Modules.Archives.Recipes;

/// <summary>One unit in a recipe: { "code": "...", "name": "...", "type": "事业单位", "parent": "parent code", "order": 10 }.</summary>
internal sealed class UnitRecipeItem
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>党政机关 (the default), 事业单位, 国有企业, 人民团体 or 其他.</summary>
    public string? Type { get; set; }

    /// <summary>The parent's code: a unit earlier in the list or already in the site.</summary>
    public string? Parent { get; set; }

    public int Order { get; set; }
}
