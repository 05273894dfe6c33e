namespace DeploymentSdk.Nomad;

/// <summary>Options of reverting a job to an earlier version (<c>POST /v1/job/:job_id/revert</c>).</summary>
public sealed class JobRevertOptions : NomadWriteOptions
{
    /// <summary>Revert only if the job's current version is this one; a stale value fails with <see cref="ApiErrorKind.Conflict"/>.</summary>
    public ulong? EnforcePriorVersion { get; set; }
}
