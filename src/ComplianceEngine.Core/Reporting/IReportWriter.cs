using ComplianceEngine.Core.Engine;

namespace ComplianceEngine.Core.Reporting;

/// <summary>Writes a <see cref="Report"/> in one format.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> in <paramref name="language"/>.</summary>
    void Write(Report report, Language language, TextWriter output);
}
