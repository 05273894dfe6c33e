using DeploymentSdk.Nomad;

namespace DeploymentSdk.Samples.Tests.Readme;

internal static class MetadataSnippet
{
    public static async Task<(Job Job, ulong Index)> RunAsync(INomadClient nomad)
    {
        // <readme>
        var response = await nomad.Jobs.GetAsync("web");
        Job job = response;                       // or response.Value
        ulong index = response.Meta.LastIndex;    // block on it: new NomadQueryOptions { WaitIndex = index }
        // </readme>
        return (job, index);
    }
}
