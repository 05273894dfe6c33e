namespace DeploymentSdk.Nomad;

/// <summary>Nomad's allocations endpoints: list, read, stop, signal, restart, services and checks (<c>/v1/allocations</c>, <c>/v1/allocation/…</c>, <c>/v1/client/allocation/…</c>).</summary>
public interface INomadAllocationsClient
{
}
