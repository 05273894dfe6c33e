namespace DeploymentSdk.Nomad;

/// <summary>Options of parsing an HCL job specification on the server (<c>POST /v1/jobs/parse</c>).</summary>
public sealed class JobParseOptions : NomadWriteOptions
{
    /// <summary>HCL2 variables in variables-file format (<c>name = "value"</c> lines).</summary>
    public string? Variables { get; set; }

    /// <summary>Fill in the server's defaults for every field that is not set.</summary>
    public bool Canonicalize { get; set; }
}
