using System.Runtime.InteropServices;
using ComplianceEngine.Core.Model;

namespace ComplianceEngine.Core.Input;

/// <summary>
/// What a path is before it is opened: opening a FIFO blocks until someone writes to it, and a device (/dev/zero, a
/// symbolic link to it) never ends, so only regular files are ever opened. .NET does not tell a FIFO or a device from a
/// file (both are "Normal", length 0), so on Linux the type is asked of the system with statx(2), whose layout is the
/// same on every architecture; elsewhere every existing non-directory counts as a file.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private static bool statxMissing;

    /// <summary>Throws the input error of a path that is not a regular file (following symbolic links).</summary>
    public static void EnsureRegular(string path, string display)
    {
        var kind = Of(path);
        if (kind is not (null or "file"))
        {
            throw new InputErrorException(InputError.At(SourceLocation.FileOnly(display), "not-a-regular-file", ("kind", kind)));
        }
    }

    /// <summary>"file", "directory", "fifo", "character device", "block device", "socket", or null when it cannot be told.</summary>
    public static string? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || statxMissing)
        {
            return Directory.Exists(path) ? "directory" : null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null; // missing, a broken link, a loop: opening it reports what is wrong
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            statxMissing = true;
            return Directory.Exists(path) ? "directory" : null;
        }

        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000; // struct statx: stx_mode at byte 28
        return mode switch
        {
            0x8000 => "file",
            0x4000 => "directory",
            0x1000 => "fifo",
            0x2000 => "character device",
            0x6000 => "block device",
            0xC000 => "socket",
            _ => "unknown",
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
