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
        // dotnet add package DeploymentSdk.Nomad
        using var nomad = NomadClient.Create(o => o.Address = new Uri("http://127.0.0.1:4646")); // or NOMAD_ADDR / NOMAD_TOKEN

        await foreach (var job in nomad.Jobs.ListAsync(new JobListOptions { Namespace = "*" }))
            Console.WriteLine($"{job.Id} {job.Status}");
        // </readme>
    }
}
