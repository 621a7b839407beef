namespace ComplianceEngine.Core.Loading;

/// <summary>
/// Told how far a load has come: the number of files once the folders are scanned, then each file as it is read (from
/// several threads at once). The command line draws a progress bar with it; the core draws nothing.
/// </summary>
public interface ILoadProgress
{
    /// <summary>The folders are scanned: <paramref name="files"/> plan files will be read.</summary>
    void Started(int files);

    /// <summary>One file was read (or failed to be); called concurrently.</summary>
    void FileLoaded(string file);
}
