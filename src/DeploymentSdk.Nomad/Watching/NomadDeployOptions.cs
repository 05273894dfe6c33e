namespace DeploymentSdk.Nomad;

/// <summary>
/// Options of <see cref="NomadDeployExtensions.DeployAsync"/>: how to register the job (<see cref="Register"/>) and how
/// to follow the change (the inherited deadline, polling options and progress).
/// </summary>
public sealed class NomadDeployOptions : NomadFollowOptions
{
    /// <summary>
    /// Check-and-set index, policy override, preserve counts and resources, evaluation priority of the registration;
    /// <see langword="null"/> registers with the defaults. Its namespace and region default to the job's.
    /// </summary>
    public JobRegisterOptions? Register { get; set; }
}
