namespace Portal.Modules.Archives.Features.Units;

/// <summary>A unit refused by its writer; <see cref="Field"/> names the input ("" for the whole form), the message is for staff.</summary>
internal sealed class UnitException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
