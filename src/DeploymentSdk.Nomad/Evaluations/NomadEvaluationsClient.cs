using DeploymentSdk.Nomad.Http;

namespace DeploymentSdk.Nomad;

/// <summary>The evaluations endpoints over the shared Nomad pipeline.</summary>
internal sealed class NomadEvaluationsClient(NomadPipeline pipeline) : INomadEvaluationsClient
{
    private readonly NomadPipeline _pipeline = pipeline;
}
