namespace DhrLibrary.BrowserTests.Support;

/// <summary>
/// The seed site (<c>input/</c>, one review whose recommendations all have status unknown and no report address) and
/// the generated library (<see cref="AuditLibraries"/>), each served on 127.0.0.1 with netlify.toml's headers.
/// </summary>
public sealed class AuditSites : IDisposable
{
    private readonly StaticSiteServer _seed = new(AuditLibraries.SeedOutput, NetlifyHeaders.Read(RepoPaths.NetlifyToml));
    private readonly StaticSiteServer _synthetic = new(AuditLibraries.SyntheticOutput, NetlifyHeaders.Read(RepoPaths.NetlifyToml));

    public string Seed(string sitePath) => _seed.BaseUrl + sitePath;

    public string Synthetic(string sitePath) => _synthetic.BaseUrl + sitePath;

    public string SeedBaseUrl => _seed.BaseUrl;

    public void Dispose()
    {
        _seed.Dispose();
        _synthetic.Dispose();
    }
}
