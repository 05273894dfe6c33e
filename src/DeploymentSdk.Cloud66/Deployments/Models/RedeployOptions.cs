namespace DeploymentSdk.Cloud66;

/// <summary>What to deploy when redeploying a stack; every setting is optional and sent only when set.</summary>
public sealed class RedeployOptions
{
    /// <summary>The longest <see cref="UserReference"/> Cloud66 accepts, in characters.</summary>
    public const int MaxUserReferenceLength = 255;

    /// <summary>The git branch, tag or commit to deploy (<c>git_ref</c>); for stacks that are not Docker-based.</summary>
    public string? GitRef { get; set; }

    /// <summary>
    /// Docker stacks: deploy only these services, each as <c>service</c> or <c>service:image_tag</c>
    /// (sent as <c>services=web:1.2,worker:1.2</c>). A service name or tag must not be empty or contain white space,
    /// a comma or a second colon, and a service may be named once.
    /// </summary>
    public IList<string>? Services { get; set; }

    /// <summary>The name of the deployment profile to deploy with (<c>deployment_profile</c>).</summary>
    public string? DeploymentProfile { get; set; }

    /// <summary>
    /// Your own reference, stored in the metadata of the stack action so you can match it with your records
    /// (<c>user_reference</c>); at most <see cref="MaxUserReferenceLength"/> characters.
    /// </summary>
    public string? UserReference { get; set; }
}
