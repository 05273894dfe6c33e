namespace DeploymentSdk.Nomad;

/// <summary>Nomad's deployments endpoints: list, read, promote, fail, pause/resume, set allocation health and unblock (<c>/v1/deployments</c>, <c>/v1/deployment/…</c>).</summary>
public interface INomadDeploymentsClient
{
}
