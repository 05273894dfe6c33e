using DeploymentSdk.Nomad.Http;

namespace DeploymentSdk.Nomad;

/// <summary>The allocations endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadAllocationsClient(NomadPipeline pipeline) : INomadAllocationsClient
{
    private readonly NomadPipeline _pipeline = pipeline;
}
