namespace DeploymentSdk.Nomad;

/// <summary>Marks a gateway as a mesh gateway; it has no settings of its own.</summary>
public sealed class ConsulMeshConfigEntry : ApiModel
{
}
