using System.Globalization;
using ComplianceEngine.Core.Engine;
using ComplianceEngine.Core.Text;

namespace ComplianceEngine.Core.Coverage;

/// <summary>How a coverage decision was made.</summary>
public enum CoverageMethod
{
    /// <summary>By the child's <c>implements</c> links.</summary>
    ExplicitLink,

    /// <summary>By matching the text of the parent task with the child's tasks (the child has no links at all).</summary>
    TextMatch,

    /// <summary>The task asks the unit to issue its own plan: the child plan itself carries it out.</summary>
    PlanItself,
}

/// <summary>Whether a child plan covers a parent task, how sure that is, and why.</summary>
/// <param name="Covered">The parent task is covered.</param>
/// <param name="Score">
/// How closely the best-matching child task(s) match the parent task's text, 0..1; 1 for an explicit link. For a link
/// decision that found no link, the text score of the closest task, as a hint for the person fixing the plan.
/// </param>
/// <param name="Method">Link or text.</param>
/// <param name="BestMatch">The child task (or report) that matches best; null when none shares anything.</param>
/// <param name="Matches">Every child task the decision rests on, best first (a parent task may be spread over several).</param>
/// <param name="SharedTopics">Topics of the lexicon the parent task and the matches share.</param>
/// <param name="SharedTerms">Terms they share, as written in the parent task, most telling first.</param>
public sealed record CoverageDecision(
    bool Covered,
    double Score,
    CoverageMethod Method,
    string? BestMatch,
    IReadOnlyList<string> Matches,
    IReadOnlyList<Topic> SharedTopics,
    IReadOnlyList<string> SharedTerms)
{
    /// <summary>The score as a language-neutral percentage ("72%").</summary>
    public string ScoreText => string.Create(CultureInfo.InvariantCulture, $"{Math.Round(Score * 100):0}%");

    /// <summary>The matched child task ids joined for display ("4.2 + 5"); "—" when none.</summary>
    public string MatchesText => Matches.Count == 0 ? "—" : string.Join(" + ", Matches);

    /// <summary>How the decision was made and on what, in <paramref name="language"/>.</summary>
    public string Describe(Language language)
    {
        var table = TextTable.Report;
        if (Method == CoverageMethod.PlanItself)
        {
            return table.Get("coverage-plan-itself", language);
        }

        var method = table.Get(Method == CoverageMethod.ExplicitLink ? "coverage-by-link" : "coverage-by-text", language);
        if (Matches.Count == 0)
        {
            return $"{method}; {table.Get("coverage-no-match", language)}";
        }

        if (Covered && Method == CoverageMethod.ExplicitLink)
        {
            return $"{method}: {MatchesText}";
        }

        var topics = SharedTopics.Count == 0 ? "—" : string.Join(", ", SharedTopics.Select(t => t.Label.For(language)));
        var terms = SharedTerms.Count == 0 ? "—" : string.Join(", ", SharedTerms.Select(t => $"“{t}”"));
        return $"{method}; " + table.Get("coverage-detail", language, ("matches", MatchesText), ("score", ScoreText), ("topics", topics), ("terms", terms));
    }
}

/// <summary>The knobs of text coverage. <see cref="CoverThreshold"/> is the rule parameter <c>cover_threshold</c>; the others are tuned with it.</summary>
public sealed record CoverageOptions
{
    /// <summary>Score from which a parent task counts as covered by text.</summary>
    public double CoverThreshold { get; init; } = 0.45;

    /// <summary>Share of the score given to shared topics when the parent task has any (the rest goes to shared terms).</summary>
    public double TopicShare { get; init; } = 0.6;

    /// <summary>Share of the term score given to the parent task's title (the rest to its bullets), when it has bullets.</summary>
    public double TitleTermShare { get; init; } = 0.75;

    /// <summary>Factor on the score of a parent task whose text names no topic of the lexicon.</summary>
    public double NoTopicFactor { get; init; } = 1.0;

    /// <summary>Largest number of child tasks one parent task may be spread over.</summary>
    public int MaxSpread { get; init; } = 3;

    /// <summary>Score a child task must reach on its own to join a spread.</summary>
    public double SpreadFloor { get; init; } = 0.2;

    /// <summary>Score a further child task must add to join a spread.</summary>
    public double SpreadGain { get; init; } = 0.05;

    /// <summary>Weight of the parent's second title topic, relative to the leading one (squared for the third and later).</summary>
    public double ParentOtherTopic { get; init; } = 0.55;

    /// <summary>Weight of topics taken from the parent's bullets when its title names none.</summary>
    public double ParentDetailTopic { get; init; } = 0.7;

    /// <summary>Weight of a topic the parent only mentions.</summary>
    public double ParentMention { get; init; } = 0.3;

    /// <summary>Presence of a topic in a child task's title that is not its leading topic.</summary>
    public double TitleOther { get; init; } = 0.85;

    /// <summary>Presence of a topic that leads one of a child task's bullets.</summary>
    public double DetailLead { get; init; } = 0.9;

    /// <summary>Presence of a topic a child task's bullet names after its leading one.</summary>
    public double DetailOther { get; init; } = 0.45;

    /// <summary>Presence of a topic a child task only mentions (title or bullet).</summary>
    public double ChildMention { get; init; } = 0.35;

    /// <summary>Presence of a term found in a child task's bullets (in its title: 1).</summary>
    public double DetailTerm { get; init; } = 0.8;
}
