namespace ComplianceEngine.Core.Model;

/// <summary>A 1-based position in a source file (YAML plan or imported document).</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>A location with no known line, for facts that have no position of their own.</summary>
    public static SourceLocation FileOnly(string file) => new(file, 0, 0);

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
