using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Input;

/// <summary>
/// A problem with an input file that stops it from being loaded: malformed YAML, an unknown key,
/// a binary file. Rendered as <c>file:line:col: message</c>; the CLI exits 2 when there is any.
/// </summary>
/// <param name="Location">Where the problem is.</param>
/// <param name="Code">Stable code of the problem (see <c>Loading/input-errors.yaml</c>).</param>
/// <param name="Args">Values for the message placeholders.</param>
public sealed record InputError(SourceLocation Location, string Code, IReadOnlyDictionary<string, string> Args)
{
    /// <summary>Creates an error from name/value pairs.</summary>
    public static InputError At(SourceLocation location, string code, params (string Name, string Value)[] args) =>
        new(location, code, args.ToDictionary(a => a.Name, a => a.Value));
}

/// <summary>Raised inside loaders to abandon one file; never escapes a loader.</summary>
internal sealed class InputErrorException(InputError error) : Exception(error.Code)
{
    public InputError Error { get; } = error;
}
