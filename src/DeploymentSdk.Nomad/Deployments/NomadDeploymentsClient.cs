using DeploymentSdk.Nomad.Http;

namespace DeploymentSdk.Nomad;

/// <summary>The deployments endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadDeploymentsClient(NomadPipeline pipeline) : INomadDeploymentsClient
{
    private readonly NomadPipeline _pipeline = pipeline;
}
