using System.Runtime.InteropServices;

namespace DhrLibrary.Output;

/// <summary>
/// Hard links, which .NET 10 has no API for (<c>File.CreateHardLink</c> comes in .NET 11): <c>link(2)</c> on Unix,
/// <c>CreateHardLinkW</c> on Windows. A link costs one system call whatever the file's size; the report index's
/// 12,000 text blocks (343 MB at 2,000 reports) were ~2 s of kernel time to write at every build.
/// </summary>
public static class HardLink
{
    /// <summary>
    /// Makes <paramref name="path"/> a new name of the existing file <paramref name="existing"/>; false when that cannot
    /// be done (another file system, a file system without links, <paramref name="path"/> taken, no permission), and
    /// the caller copies instead.
    /// </summary>
    public static bool TryCreate(string path, string existing)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(path, existing, IntPtr.Zero)
                : Link(existing, path) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code enabled for the project; these two calls need no speed.
    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string path);

    [DllImport("kernel32", EntryPoint = "CreateHardLinkW", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string path, string existing, IntPtr securityAttributes);
#pragma warning restore SYSLIB1054
}
