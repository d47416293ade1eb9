using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Core.Modules;

namespace Portal.Core.Web;

/// <summary>Tags every Razor page of a module with the module's feature, so the gate can hide it.</summary>
internal sealed class FeaturePageConvention(ModuleCatalog catalog) : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        if (catalog.FindByAssembly(model.HandlerType.Assembly) is { Manifest.IsTheme: false } module)
        {
            model.EndpointMetadata.Add(new FeatureMetadata(module.Id));
        }
    }
}
