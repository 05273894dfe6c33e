namespace DeploymentSdk.CloudFoundry;

/// <summary>The <c>links</c> of a deployment.</summary>
public sealed class DeploymentLinks : ApiModel
{
    /// <summary>The deployment itself.</summary>
    public Link? Self { get; set; }

    /// <summary>The app the deployment updates.</summary>
    public Link? App { get; set; }

    /// <summary>The cancel action (<c>POST</c>); present only while the deployment can be canceled.</summary>
    public Link? Cancel { get; set; }

    /// <summary>The continue action (<c>POST</c>); present only while a canary deployment is paused.</summary>
    public Link? Continue { get; set; }
}
