using ComplianceEngine.Core.Cascade;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Legal;
using ComplianceEngine.Core.Loading;
using ComplianceEngine.Core.Model;
using ComplianceEngine.Core.Reporting;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// Everything a run needs besides the plans — ruleset, legal catalogue, unit directory — loaded once from the
/// command line (a broken file is an input error), and the run itself: load, evaluate, build the report.
/// Shared by <c>check</c>, <c>audit</c> and the <c>watch</c> service.
/// </summary>
internal sealed record AuditSetup(Ruleset Ruleset, LegalCatalog? Legal, UnitDirectory Units)
{
    public static (AuditSetup? Setup, InputError? Error) Load(RunSettings settings)
    {
        var ruleset = ReportRunner.LoadRuleset(settings, RuleAssembly.Catalog, out var rulesetError);
        if (rulesetError is not null)
        {
            return (null, rulesetError);
        }

        var legal = ReportRunner.LoadLegalCatalog(settings, out var catalogError);
        if (catalogError is not null)
        {
            return (null, catalogError);
        }

        var units = RuleAssembly.Units;
        foreach (var file in settings.UnitFiles)
        {
            var (user, unitError) = UnitDirectory.TryLoad(file);
            if (unitError is not null)
            {
                return (null, unitError);
            }

            units = units.Merge(user!);
        }

        return (new AuditSetup(ruleset!, legal, units), null);
    }

    /// <summary>
    /// Loads <paramref name="inputs"/> (reported on) and <paramref name="context"/> (parents only), evaluates, builds the
    /// report. Also returns the input errors and the files a folder scan skipped (information only).
    /// </summary>
    public (Report Report, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Skipped) Run(IReadOnlyList<string> inputs, IReadOnlyList<string> context, bool reportContext, DateOnly asOf, ILoadProgress? progress = null)
    {
        // One load for both, so that plan ids are unique across them: a draft and its parent may share a file name.
        var loaded = PlanLoader.Load(inputs, context, null, progress);
        var ids = loaded.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var plans = loaded.Plans.Concat(loaded.Context).ToList();
        var errors = loaded.Errors;

        return (Evaluate(plans, errors, reportContext ? null : ids, asOf), errors, loaded.Skipped);
    }

    /// <summary>Evaluates plans already loaded (the serve service's, in memory) and builds the report of <paramref name="reported"/> (all when null).</summary>
    public Report Evaluate(IReadOnlyList<Plan> plans, IReadOnlyList<InputError> errors, IReadOnlySet<string>? reported, DateOnly asOf)
    {
        var evaluation = new RuleEngine(RuleAssembly.Catalog, Ruleset, new EngineOptions(asOf) { Catalog = Legal, Units = Units }).Evaluate(plans);
        return Report.From(evaluation, errors, reported, r => RuleAssembly.Trace(r, evaluation, Ruleset, Units));
    }
}
