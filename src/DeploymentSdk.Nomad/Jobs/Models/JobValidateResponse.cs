namespace DeploymentSdk.Nomad;

/// <summary>The result of validating a job.</summary>
public sealed class JobValidateResponse : ApiModel
{
    /// <summary>Whether the agent validated the task driver configuration.</summary>
    public bool? DriverConfigValidated { get; set; }

    /// <summary>The validation errors, one per problem.</summary>
    public IList<string>? ValidationErrors { get; set; }

    /// <summary>All errors as one string.</summary>
    public string? Error { get; set; }

    /// <summary>Warnings about the job, such as deprecated fields.</summary>
    public string? Warnings { get; set; }
}
