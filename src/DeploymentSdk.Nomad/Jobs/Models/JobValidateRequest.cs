namespace DeploymentSdk.Nomad;

/// <summary>The body of <c>POST /v1/validate/job</c>.</summary>
internal sealed class JobValidateRequest
{
    /// <summary>The job to validate.</summary>
    public Job? Job { get; set; }
}
