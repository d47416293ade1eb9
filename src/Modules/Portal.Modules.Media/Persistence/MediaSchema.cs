using Portal.Core.Data;

namespace Portal.Modules.Media.Persistence;

internal sealed class MediaSchema : ModuleSchema<MediaDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "media";
}
