namespace ComplianceEngine.Tests.Support;

/// <summary>
/// Markdown snapshots with Verify's file conventions (Verify itself is not served by the package registry here):
/// the expected text is <c>Name.verified.md</c> beside the test; on mismatch the actual text is written to
/// <c>Name.received.md</c> and the test fails. Accept with <c>ACCEPT_SNAPSHOTS=1 dotnet test</c>, or by renaming received to verified.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string folder, string name)
    {
        var verified = Repo.Path("tests", "ComplianceEngine.Tests", folder, name + ".verified.md");
        var received = Repo.Path("tests", "ComplianceEngine.Tests", folder, name + ".received.md");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        throw new Xunit.Sdk.XunitException(
            $"Snapshot {name} differs from {verified}; the actual report is in {received}. " +
            "Review the difference and accept with ACCEPT_SNAPSHOTS=1 dotnet test (or rename received to verified).");
    }
}
