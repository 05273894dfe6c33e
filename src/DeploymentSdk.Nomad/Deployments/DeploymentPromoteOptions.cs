namespace DeploymentSdk.Nomad;

/// <summary>Options of promoting the canaries of a deployment (<c>POST /v1/deployment/promote/:deployment_id</c>).</summary>
public sealed class DeploymentPromoteOptions : NomadWriteOptions
{
    /// <summary>Promote the canaries of every task group; otherwise only <see cref="Groups"/>.</summary>
    public bool All { get; set; }

    /// <summary>The task groups whose canaries to promote when <see cref="All"/> is <see langword="false"/>.</summary>
    public IList<string>? Groups { get; set; }
}
