namespace SpecClient.Package.Tests;

/// <summary>
/// A fresh folder under the system temp folder (so outside the repo: none of its Directory.Build.props,
/// Directory.Packages.props or global.json apply), deleted on dispose unless SPECCLIENT_KEEP_TEMP=1.
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static bool Keep => Environment.GetEnvironmentVariable("SPECCLIENT_KEEP_TEMP") == "1";

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        if (Keep)
        {
            return;
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A just-killed process may still hold a file for a moment.
                Thread.Sleep(500);
            }
        }
    }
}
