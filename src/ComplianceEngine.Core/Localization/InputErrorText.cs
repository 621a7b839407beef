using ComplianceEngine.Core.Input;

namespace ComplianceEngine.Core.Localization;

/// <summary>Rendering of input errors.</summary>
public static class InputErrorText
{
    /// <summary><c>file:line:col: message</c>, in <paramref name="language"/>.</summary>
    public static string Render(InputError error, Language language) =>
        $"{error.Location}: {TextTable.InputErrors.Get(error.Code, language, error.Args)}";
}
