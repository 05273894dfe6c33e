namespace DeploymentSdk.CloudFoundry;

/// <summary>A link to a related resource or action, as Cloud Foundry returns it in <c>links</c> and <c>pagination</c>.</summary>
public sealed class Link : ApiModel
{
    /// <summary>The absolute URL of the resource or action (<c>href</c>).</summary>
    public string? Href { get; set; }

    /// <summary>The HTTP method to use with <see cref="Href"/> when it is not <c>GET</c> (for example <c>POST</c> for actions); null for plain links.</summary>
    public string? Method { get; set; }
}
