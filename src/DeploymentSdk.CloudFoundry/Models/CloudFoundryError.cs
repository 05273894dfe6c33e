namespace DeploymentSdk.CloudFoundry;

/// <summary>One entry of the <c>errors</c> list Cloud Foundry answers with when a request fails.</summary>
/// <remarks>Branch on <see cref="Title"/> or <see cref="Code"/>; the <see cref="Detail"/> text may change between versions.</remarks>
public sealed class CloudFoundryError : ApiModel
{
    /// <summary>The numeric error code, for example <c>10010</c>.</summary>
    public int? Code { get; set; }

    /// <summary>The error's name, for example <c>CF-ResourceNotFound</c> or <c>CF-UnprocessableEntity</c>.</summary>
    public string? Title { get; set; }

    /// <summary>A description for people, for example <c>Deployment not found</c>.</summary>
    public string? Detail { get; set; }
}
