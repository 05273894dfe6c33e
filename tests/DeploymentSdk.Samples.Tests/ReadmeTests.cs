using System.Text.RegularExpressions;
using DeploymentSdk.Nomad;
using DeploymentSdk.Samples.Tests.Readme;
using Microsoft.Extensions.DependencyInjection;

namespace DeploymentSdk.Samples.Tests;

/// <summary>README.md stays true: its C# compiles (it is in Readme/*.cs) and its commands name samples that exist.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Sample.RepoRoot, "README.md"));

    [Fact]
    public void Every_csharp_block_of_the_readme_is_a_compiled_snippet()
    {
        var snippets = Directory.GetFiles(Path.Combine(Sample.RepoRoot, "tests", "DeploymentSdk.Samples.Tests", "Readme"), "*.cs")
            .Select(path => (Path: path, Text: File.ReadAllText(path)))
            .ToList();
        var blocks = CsharpBlock().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, blocks.Count);

        foreach (var block in blocks)
        {
            var lines = Lines(block);
            var directives = lines.Where(IsUsingDirective).ToList();
            var code = lines.Where(l => !IsUsingDirective(l)).ToList();
            var match = snippets.Find(s => Regions(s.Text).Any(region => region.SequenceEqual(code)));
            Assert.True(match.Path is not null, $"This README block is in no // <readme> region of Readme/*.cs:\n{block}");
            foreach (var directive in directives)
            {
                Assert.Contains(directive, Lines(match.Text));
            }
        }

        Assert.Equal(blocks.Count, snippets.Sum(s => Regions(s.Text).Count()));
    }

    [Fact]
    public void The_first_command_is_the_quickstart_and_every_sample_command_names_a_project()
    {
        var commands = RunCommand().Matches(Readme).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal("samples/Nomad.Quickstart", commands[0]);
        foreach (var project in commands.Distinct())
        {
            Assert.True(Directory.GetFiles(Path.Combine(Sample.RepoRoot, project), "*.csproj").Length == 1, $"README runs {project}, which has no project.");
        }
    }

    [Fact]
    public void The_samples_table_lists_every_sample()
    {
        var samples = Directory.GetDirectories(Path.Combine(Sample.RepoRoot, "samples"))
            .Where(d => Directory.GetFiles(d, "*.csproj").Length > 0)
            .Select(Path.GetFileName);
        foreach (var sample in samples)
        {
            Assert.Contains($"[`{sample}`](samples/{sample}", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_install_command_asks_for_the_prerelease_while_the_version_is_a_preview()
    {
        var props = File.ReadAllText(Path.Combine(Sample.RepoRoot, "Directory.Build.props"));
        Assert.Matches(@"<VersionSuffix>\S+</VersionSuffix>", props);
        var readmes = Directory.GetFiles(Path.Combine(Sample.RepoRoot, "src"), "README.md", SearchOption.AllDirectories)
            .Append(Path.Combine(Sample.RepoRoot, "README.md"));
        var commands = readmes
            .SelectMany(path => AddPackageCommand().Matches(File.ReadAllText(path)).Select(m => (Path: path, Command: m.Value)))
            .ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(
            c.Command.Contains("--prerelease", StringComparison.Ordinal),
            $"{Path.GetRelativePath(Sample.RepoRoot, c.Path)}: '{c.Command}' fails while the package is a preview; add --prerelease."));
    }

    [Fact]
    public async Task The_dependency_injection_and_metadata_snippets_work_against_the_demo_server()
    {
        using var demo = DemoServer.Start(new DemoServerOptions { StepInterval = null });
        var builder = DependencyInjectionSnippet.Configure([$"--Nomad:Address={demo.NomadAddress}"]);
        using var host = builder.Build();

        var (job, index) = await MetadataSnippet.RunAsync(host.Services.GetRequiredService<INomadClient>());

        Assert.Equal("web", job.Id);
        Assert.Equal(1UL, job.Version);
        Assert.Equal(job.ModifyIndex, index);
    }

    private static IEnumerable<List<string>> Regions(string text)
    {
        foreach (Match m in Region().Matches(text))
        {
            yield return Lines(m.Groups[1].Value);
        }
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static bool IsUsingDirective(string line) => line.StartsWith("using ", StringComparison.Ordinal) && !line.StartsWith("using var ", StringComparison.Ordinal);

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsharpBlock();

    [GeneratedRegex(@"// <readme>\n(.*?)// </readme>", RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"dotnet add package [A-Za-z0-9.]+[^\n`]*")]
    private static partial Regex AddPackageCommand();

    [GeneratedRegex(@"dotnet run --project (samples/[A-Za-z0-9.]+)")]
    private static partial Regex RunCommand();
}
