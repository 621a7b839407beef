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
    /// <summary>Whether a folder scan leaves an entry out (the project's ignore patterns); nothing is when null.</summary>
    public Func<string, bool, bool>? Ignored { get; init; }

    public static (AuditSetup? Setup, InputError? Error) Load(RunSettings settings)
    {
        if (settings.Project.Error is { } configError)
        {
            return (null, configError);
        }

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

        return (new AuditSetup(ruleset!, legal, units) { Ignored = settings.Project.Ignored }, null);
    }

    /// <summary>
    /// Loads <paramref name="inputs"/> (reported on) and <paramref name="context"/> (parents only), evaluates, builds the
    /// report. Also returns the input errors and the files a folder scan skipped (information only). A document read
    /// from standard input comes loaded in <paramref name="piped"/>, reported on.
    /// </summary>
    public (Report Report, IReadOnlyList<InputError> Errors, IReadOnlyList<InputError> Skipped) Run(IReadOnlyList<string> inputs, IReadOnlyList<string> context, bool reportContext, DateOnly asOf, ILoadProgress? progress = null, LoadResult? piped = null)
    {
        // One load for both, so that plan ids are unique across them: a draft and its parent may share a file name.
        var loaded = inputs.Count == 0 && context.Count == 0 ? new LoadResult([], []) : PlanLoader.Load(inputs, context, null, progress, Ignored);
        var reportedOn = (piped?.Plans ?? []).Concat(loaded.Plans).ToList();
        var ids = reportedOn.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var plans = reportedOn.Concat(loaded.Context).ToList();
        var errors = (piped?.Errors ?? []).Concat(loaded.Errors).ToList();

        return (Evaluate(plans, errors, reportContext ? null : ids, asOf) with { SkippedCounts = loaded.SkippedCounts }, errors, loaded.Skipped);
    }

    /// <summary>Evaluates plans already loaded (the serve service's, in memory) and builds the report of <paramref name="reported"/> (all when null).</summary>
    public Report Evaluate(IReadOnlyList<Plan> plans, IReadOnlyList<InputError> errors, IReadOnlySet<string>? reported, DateOnly asOf)
    {
        var evaluation = new RuleEngine(RuleAssembly.Catalog, Ruleset, new EngineOptions(asOf) { Catalog = Legal, Units = Units }).Evaluate(plans);
        return Report.From(evaluation, errors, reported, r => RuleAssembly.Trace(r, evaluation, Ruleset, Units));
    }
}
