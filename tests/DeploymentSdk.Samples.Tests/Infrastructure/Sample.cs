using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace DeploymentSdk.Samples.Tests;

/// <summary>
/// Runs a built sample as a user would (<c>dotnet samples/X/bin/…/X.dll</c>) with a clean environment: no NOMAD_*,
/// CF_* or CLOUD66_* variables unless a test sets them, and the embedded demo server stepping every 200 ms.
/// </summary>
internal sealed class Sample(string project, string assembly)
{
    public static readonly Sample Quickstart = new("Nomad.Quickstart", "Nomad.Quickstart");
    public static readonly Sample Cli = new("Nomad.Cli", "nomad-cli");
    public static readonly Sample DeployAndWatch = new("Nomad.DeployAndWatch", "Nomad.DeployAndWatch");
    public static readonly Sample Worker = new("Nomad.Worker", "Nomad.Worker");
    public static readonly Sample CloudFoundry = new("CloudFoundry.Sample", "CloudFoundry.Sample");
    public static readonly Sample Cloud66 = new("Cloud66.Sample", "Cloud66.Sample");

    private static readonly string[] ConfigurationVariables = ["NOMAD_", "CF_", "CLOUD66_", "Nomad__", "DeploymentWatcher__"];

    public static string RepoRoot { get; } = Metadata("RepoRoot");

    /// <summary>The configuration the samples were built in (the test project's).</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    public string DllPath => Path.Combine(RepoRoot, "samples", project, "bin", Configuration, "net10.0", assembly + ".dll");

    public string Directory => Path.GetDirectoryName(DllPath)!;

    /// <summary>Runs the sample to its end (killing it after <paramref name="timeout"/>) and returns what it printed.</summary>
    public async Task<SampleResult> RunAsync(string[]? args = null, Dictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Start(args ?? [], environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{project} {string.Join(' ', args ?? [])} did not finish in {timeout ?? TimeSpan.FromSeconds(60)}:\n{await stdout}\n{await stderr}");
        }

        return new SampleResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs a sample that does not end by itself until its output satisfies <paramref name="done"/>, then stops it.</summary>
    public async Task<string> RunUntilAsync(Func<string, bool> done, TimeSpan timeout, Dictionary<string, string>? environment = null, string[]? args = null)
    {
        using var process = Start(args ?? [], environment);
        var output = new StringBuilder();
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
                if (done(output.ToString()))
                {
                    finished.TrySetResult();
                }
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var completed = await Task.WhenAny(finished.Task, process.WaitForExitAsync(), Task.Delay(timeout));
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        lock (output)
        {
            return completed == finished.Task
                ? output.ToString()
                : throw new TimeoutException($"{project} did not print what was expected in {timeout}:\n{output}");
        }
    }

    private Process Start(string[] args, Dictionary<string, string>? environment)
    {
        Assert.True(File.Exists(DllPath), $"{DllPath} is missing: build the samples first.");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoRoot,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in start.Environment.Keys.Where(k => ConfigurationVariables.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DEMO_STEP_MS"] = "200";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private static string Metadata(string key) =>
        typeof(Sample).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

/// <summary>How a sample run ended.</summary>
internal sealed record SampleResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
