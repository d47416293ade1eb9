using Portal.Core.Data;

namespace Portal.Modules.Content.Persistence;

internal sealed class ContentSchema : ModuleSchema<ContentDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "content";
}
