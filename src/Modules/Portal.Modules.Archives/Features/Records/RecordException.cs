namespace Portal.Modules.Archives.Features.Records;

/// <summary>A file refused by its writer, with every reason at once as (field key or "", message) so a clerk fixes them in one go.</summary>
internal sealed class RecordException(IReadOnlyList<(string Field, string Message)> errors) : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<(string Field, string Message)> Errors { get; } = errors;

    public static RecordException Of(string field, string message) => new([(field, message)]);
}
