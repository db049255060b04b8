using System.IO.Compression;

namespace DhrLibrary.Output;

/// <summary>
/// The offline copy: every file of an offline build in one zip, under a single top folder, so a practitioner
/// unzips it and opens <c>dhr-library/index.html</c> with no network.
/// </summary>
public static class OfflinePackage
{
    public const string FileName = "dhr-library-offline.zip";
    public const string TopFolder = "dhr-library/";

    public static byte[] Create(IEnumerable<OutputFile> files, DateTimeOffset stamp)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry(TopFolder + file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = stamp;
                using var stream = entry.Open();
                file.WriteTo(stream);
            }
        }

        return buffer.ToArray();
    }
}
