// Checks the packed .nupkg files: icon, the package's own README with absolute links only, license, repository commit, XML docs, symbols, and dependencies
// (the core depends on no provider; no test, sample or benchmark package leaks in).
// Usage: dotnet run .ci/PackCheck.cs -- <folder with the packages>
using System.IO.Compression;
using System.Text.RegularExpressions;

var folder = args.Length > 0 ? args[0] : "artifacts/packages";
var ids = new[] { "DeploymentSdk", "DeploymentSdk.Nomad", "DeploymentSdk.CloudFoundry", "DeploymentSdk.Cloud66", "DeploymentSdk.Nomad.HealthChecks" };
var leaks = new Regex("id=\"(xunit|WireMock|Microsoft\\.NET\\.Test\\.Sdk|BenchmarkDotNet|Spectre|Newtonsoft|PublicApiGenerator)", RegexOptions.None, TimeSpan.FromSeconds(1));
var problems = new List<string>();

foreach (var id in ids)
{
    var nupkg = Directory.GetFiles(folder, $"{id}.*.nupkg").FirstOrDefault(f => Regex.IsMatch(Path.GetFileName(f), $"^{Regex.Escape(id)}\\.\\d", RegexOptions.None, TimeSpan.FromSeconds(1)));
    if (nupkg is null)
    {
        problems.Add($"{id}: no .nupkg in {folder}");
        continue;
    }

    if (!File.Exists(Path.ChangeExtension(nupkg, ".snupkg")))
    {
        problems.Add($"{id}: no .snupkg symbols package");
    }

    using var zip = ZipFile.OpenRead(nupkg);
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
    foreach (var required in new[] { "icon.png", "README.md", $"lib/net8.0/{id}.dll", $"lib/net8.0/{id}.xml", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml" })
    {
        if (!entries.Contains(required))
        {
            problems.Add($"{id}: {required} is missing");
        }
    }

    // The package's own README (src/<id>/README.md): it names the package, and every markdown link is absolute (or an
    // anchor), since a relative link ("samples/...") points nowhere on a package page.
    if (zip.GetEntry("README.md") is { } readmeEntry)
    {
        using var readmeReader = new StreamReader(readmeEntry.Open());
        var readme = readmeReader.ReadToEnd();
        if (!readme.StartsWith($"# {id}\n", StringComparison.Ordinal) && !readme.StartsWith($"# {id}\r\n", StringComparison.Ordinal))
        {
            problems.Add($"{id}: README.md is not the package's own README (it must start with \"# {id}\")");
        }

        foreach (Match link in Regex.Matches(readme, @"\]\(\s*<?([^)\s>]*)", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            var target = link.Groups[1].Value;
            if (!target.StartsWith("https://", StringComparison.Ordinal) && !target.StartsWith("http://", StringComparison.Ordinal) && !target.StartsWith('#'))
            {
                problems.Add($"{id}: README.md has a relative link \"{target}\"; use an absolute URL to the repository");
            }
        }
    }

    using var reader = new StreamReader(zip.GetEntry($"{id}.nuspec")!.Open());
    var nuspec = reader.ReadToEnd();
    void Require(string pattern, string what)
    {
        if (!Regex.IsMatch(nuspec, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{id}: {what}");
        }
    }

    Require("<license type=\"expression\">MIT</license>", "no license expression");
    Require("<icon>icon.png</icon>", "no icon");
    Require("<readme>README.md</readme>", "no readme");
    Require("<repository type=\"git\" url=\"[^\"]+\"[^>]*commit=\"[0-9a-f]{40}\"", "no repository url and commit");
    if (leaks.IsMatch(nuspec))
    {
        problems.Add($"{id}: a test, sample or benchmark dependency leaked into the package");
    }

    if (id == "DeploymentSdk" && nuspec.Contains("id=\"DeploymentSdk.", StringComparison.Ordinal))
    {
        problems.Add("the core package depends on a provider");
    }

    // A provider's add-on (DeploymentSdk.Nomad.HealthChecks) must not pull in another provider.
    var provider = id.Split('.').ElementAtOrDefault(1);
    if (provider is not null && Regex.Matches(nuspec, "id=\"DeploymentSdk\\.([A-Za-z0-9]+)", RegexOptions.None, TimeSpan.FromSeconds(1)).Any(m => m.Groups[1].Value != provider))
    {
        problems.Add($"{id}: depends on another provider's package");
    }

    // A provider uses the core's internal seam, so it must depend on exactly the core it was built with ("[x.y.z]"),
    // never on a range a newer core satisfies.
    if (id != "DeploymentSdk")
    {
        var core = Regex.Matches(nuspec, "<dependency id=\"DeploymentSdk\" version=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1));
        var version = Regex.Match(nuspec, "<version>([^<]+)</version>", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
        if (core.Count == 0 && id is "DeploymentSdk.Nomad" or "DeploymentSdk.CloudFoundry" or "DeploymentSdk.Cloud66")
        {
            problems.Add($"{id}: no dependency on the core package DeploymentSdk");
        }

        foreach (Match dependency in core)
        {
            if (dependency.Groups[1].Value != $"[{version}]")
            {
                problems.Add($"{id}: depends on DeploymentSdk {dependency.Groups[1].Value}; it must be exactly [{version}] (it uses the core's internal seam)");
            }
        }
    }

    Console.WriteLine($"pack-check: {Path.GetFileName(nupkg)}: {entries.Count} files, dependencies: {string.Join(", ", Regex.Matches(nuspec, "<dependency id=\"([^\"]+)\" version=\"([^\"]+)\"", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Distinct())}");
}

foreach (var problem in problems)
{
    Console.Error.WriteLine($"pack-check: {problem}");
}

return problems.Count == 0 ? 0 : 1;
