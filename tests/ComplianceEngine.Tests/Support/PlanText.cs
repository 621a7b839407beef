using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Tests.Support;

/// <summary>Builds plans from YAML text written in a test, as the loader would from a file.</summary>
internal static class PlanText
{
    /// <summary>Loads <paramref name="yaml"/> as if it were the file <paramref name="file"/>.</summary>
    public static Plan Load(string yaml, string file = "plan.yaml") => YamlPlanLoader.Parse(yaml.Replace("\r\n", "\n"), file);

    /// <summary>The input error loading <paramref name="yaml"/> gives.</summary>
    public static InputError Error(string yaml, string file = "plan.yaml")
    {
        try
        {
            YamlPlanLoader.Parse(yaml.Replace("\r\n", "\n"), file);
        }
        catch (InputErrorException e)
        {
            return e.Error;
        }

        throw new Xunit.Sdk.XunitException("expected an input error, the plan loaded");
    }

    /// <summary>A minimal valid issued plan; extra YAML lines are appended at the end (line 10 onwards).</summary>
    public static string Minimal(string id = "p", string extra = "", string status = "issued", string number = "12/KH-SYT", string date = "2026-04-20", string level = "department", string issuer = "Sở Y tế tỉnh Lai Châu") =>
        $"""
        format: compliance-plan/1
        id: {id}
        number: "{number}"
        title: Kế hoạch thử
        issuer: {issuer}
        level: {level}
        issue_date: "{date}"
        period: "2026"
        status: {status}

        """ + extra;
}
