// DEMO PLUMBING: not part of what the samples show. A real program sets NOMAD_ADDR (or CF_API, CLOUD66_ACCESS_TOKEN)
// and never runs this. When the variable is not set, it starts the demo server built beside the samples
// (samples/DemoServer) as a child process on a free loopback port and sets the variables its banner prints, so the
// sample's own code reads its configuration exactly as it would for a real server.
using System.Diagnostics;
using System.Reflection;

namespace DeploymentSdk.Samples.Demo;

/// <summary>The demo server running as a child process; dispose it to stop it.</summary>
internal sealed class DemoServerProcess : IDisposable
{
    private readonly Process _process;

    private DemoServerProcess(Process process) => _process = process;

    /// <summary>
    /// Starts the demo server unless <paramref name="variable"/> is set, and sets the environment variables that point
    /// this process at it. Returns <see langword="null"/> when the variable is set, or when this program does not run
    /// from the repository's build (an installed tool talks to a real server only).
    /// </summary>
    public static DemoServerProcess? StartUnlessSet(string variable)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            || Metadata("DemoServerPath") is not { } dll || !File.Exists(dll)
            || Metadata("DemoSamplesRoot") is not { } root
            || !Path.GetFullPath(AppContext.BaseDirectory).StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
        {
            return null;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--port", "0", "--exit-when-stdin-closes" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the demo server.");
        string? url = null;
        // The banner ends with an empty line; each "export A=x B=y" line names variables to set.
        while (process.StandardOutput.ReadLine() is { Length: > 0 } line)
        {
            var exports = line.IndexOf("export ", StringComparison.Ordinal);
            foreach (var assignment in exports < 0 ? [] : line[(exports + 7)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = (assignment[..assignment.IndexOf('=', StringComparison.Ordinal)], assignment[(assignment.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                Environment.SetEnvironmentVariable(name, value);
                url ??= value;
            }
        }

        if (url is null)
        {
            process.Kill();
            process.Dispose();
            throw new InvalidOperationException("The demo server did not start; run `dotnet run --project samples/DemoServer` to see why.");
        }

        Console.Error.WriteLine($"[demo] {variable} is not set: using a DEMO server at {url} (a simulation, not a real cluster).");
        return new DemoServerProcess(process);
    }

    public void Dispose()
    {
        // Closing its standard input stops it; kill it if it does not go.
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private static string? Metadata(string key) =>
        Assembly.GetEntryAssembly()?.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
}
