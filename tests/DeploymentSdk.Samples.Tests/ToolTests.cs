using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace DeploymentSdk.Samples.Tests;

/// <summary>
/// Nomad.Cli as a user gets it: packed (<c>dotnet pack</c>), installed from the local package into a fresh tool path
/// (<c>dotnet tool install --tool-path … --add-source …</c>), and run as <c>nomad-sdk</c> against a demo server.
/// </summary>
public sealed class ToolTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("nomad-sdk-tool-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_packed_tool_installs_from_the_local_package_and_talks_to_the_server_NOMAD_ADDR_names()
    {
        var packages = Path.Combine(_work, "nupkg");
        var tools = Path.Combine(_work, "tools");
        // The samples are already built (the test project references them); pack only packs that build.
        var pack = await RunAsync("dotnet", ["pack", Path.Combine(Sample.RepoRoot, "samples", "Nomad.Cli"), "-c", Sample.Configuration, "--no-build", "-o", packages]);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        var package = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.StartsWith("DeploymentSdk.Samples.NomadCli.", Path.GetFileName(package), StringComparison.Ordinal);

        // A private package folder, so an older install of the same version is never reused.
        var install = await RunAsync("dotnet", ["tool", "install", "DeploymentSdk.Samples.NomadCli", "--tool-path", tools, "--add-source", packages, "--prerelease"]);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("nomad-sdk", install.Output, StringComparison.Ordinal);
        var tool = Path.Combine(tools, OperatingSystem.IsWindows() ? "nomad-sdk.exe" : "nomad-sdk");

        var help = await RunAsync(tool, ["--help"]);
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("nomad-sdk [command] [options]", help.Output, StringComparison.Ordinal);

        var bad = await RunAsync(tool, ["allocs", "list", "--per-page", "many"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Cannot parse 'many' for --per-page", bad.Error, StringComparison.Ordinal);

        using var demo = DemoServer.Start(new DemoServerOptions { StepInterval = null });
        var jobs = await RunAsync(tool, ["jobs", "list", "--json"], new() { ["NOMAD_ADDR"] = demo.NomadAddress });
        Assert.True(jobs.ExitCode == 0, jobs.ToString());
        Assert.DoesNotContain("[demo]", jobs.Error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(jobs.Output);
        Assert.Contains(document.RootElement.EnumerateArray(), j => j.GetProperty("ID").GetString() == "hello");

        // Installed, it never starts a demo server: with no NOMAD_ADDR it calls the nomad CLI's default address.
        var refused = await RunAsync(tool, ["jobs", "get", "hello", "--address", "http://127.0.0.1:1"]);
        Assert.Equal(1, refused.ExitCode);
        Assert.DoesNotContain("[demo]", refused.Error, StringComparison.Ordinal);
    }

    private async Task<SampleResult> RunAsync(string file, string[] args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _work,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("NOMAD_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(_work, "nuget-packages");
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (!start.Environment.ContainsKey("DOTNET_ROOT") && Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            // The tool's launcher finds the runtime through DOTNET_ROOT when it is not in a default place.
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(host);
        }
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish:\n{await stdout}\n{await stderr}");
        }

        return new SampleResult(process.ExitCode, await stdout, await stderr);
    }
}
