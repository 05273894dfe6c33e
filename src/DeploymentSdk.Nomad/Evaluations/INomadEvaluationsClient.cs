namespace DeploymentSdk.Nomad;

/// <summary>Nomad's evaluations endpoints: list, read, their allocations and count (<c>/v1/evaluations</c>, <c>/v1/evaluation/…</c>).</summary>
public interface INomadEvaluationsClient
{
}
