using ComplianceEngine.Core.Word;

namespace ComplianceEngine.Tests.Support;

/// <summary>
/// Test-input construction: a plan written as text becomes a Word file — one paragraph per line, each run of
/// tab-separated lines one table (a cell per tab-separated part) — the shape a secretary's Word plan has.
/// </summary>
internal static class TextDocx
{
    public static byte[] Build(string text) => LinesDocx.Build(text.Replace("\r\n", "\n").Split('\n'));
}
