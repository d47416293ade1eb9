using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Features.Forms;

/// <summary>A whole form definition as a recipe (or, later, the forms page) gives it to <see cref="FormWriter"/>.</summary>
internal sealed class FormInput
{
    /// <summary>The category key (units, staff, lixiu, tuixiu, partyBranches, activityCentres, volunteerTeams).</summary>
    public string? Key { get; set; }

    /// <summary>Defaults to the category's label.</summary>
    public string? Title { get; set; }

    public List<FormField> Fields { get; set; } = [];
}
