namespace ComplianceEngine.Cli.Commands;

/// <summary>What the service commands (<c>watch</c>, <c>serve</c>) do before starting: report the option problems and load the run's setup.</summary>
internal static class ServiceStartup
{
    /// <summary>
    /// Prints each problem as <c>compliance VERB: problem</c> on standard error and loads ruleset and catalogues; null
    /// (exit 2) when there was a problem or the setup could not be read.
    /// </summary>
    public static AuditSetup? Prepare(string verb, IReadOnlyList<string> problems, RunSettings settings)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"compliance {verb}: {problem}");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var (setup, error) = AuditSetup.Load(settings);
        if (error is not null)
        {
            Console.Error.WriteLine(InputErrorText.Render(error, settings.Language));
        }

        return setup;
    }
}
