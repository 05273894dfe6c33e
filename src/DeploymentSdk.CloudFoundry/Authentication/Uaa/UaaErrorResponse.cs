namespace DeploymentSdk.CloudFoundry.Authentication.Uaa;

/// <summary>An OAuth error answer: <c>{ "error": "invalid_grant", "error_description": "…" }</c>.</summary>
internal sealed class UaaErrorResponse : ApiModel
{
    public string? Error { get; set; }

    public string? ErrorDescription { get; set; }
}
