// The README's snippets, compiled: each region between "// <readme>" and "// </readme>" is a csharp block of
// README.md (its `using` directives are at the top of the file). ReadmeTests fails when the two differ.
using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests.Readme;

internal static class QuickstartSnippet
{
    /// <summary>The README's first snippet; <paramref name="Console"/> is named so its Console.WriteLine lines are captured.</summary>
    public static async Task RunAsync(TextWriter Console)
    {
        // <readme>
        using var nomad = NomadClient.Create(); // reads NOMAD_ADDR, NOMAD_TOKEN, NOMAD_NAMESPACE, … as the nomad CLI does

        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }))
            Console.WriteLine($"{job.Id} {job.Status}");
        // </readme>
    }

    /// <summary>The README's second snippet: the explicit form, whose address in code overrides NOMAD_ADDR.</summary>
    public static void CreateExplicit()
    {
        // <readme>
        using var nomad = NomadClient.Create(o => o.Address = new("https://nomad.example.com:4646"));
        // </readme>
    }
}
