namespace DeploymentSdk.Cloud66;

/// <summary>One deployment of a Cloud66 stack: what was deployed, how it was started, and how it ended.</summary>
public sealed class Deployment : ApiModel
{
    /// <summary>The deployment ID (<c>id</c>), unique within the stack.</summary>
    public long? Id { get; set; }

    /// <summary>The user (usually an e-mail address) or system that started the deployment (<c>triggered_by</c>).</summary>
    public string? TriggeredBy { get; set; }

    /// <summary>How the deployment was started: web, api or hook (<c>triggered_via</c>).</summary>
    public DeploymentTrigger? TriggeredVia { get; set; }

    /// <summary>When the deployment started (<c>started_at</c>).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the deployment finished (<c>finished_at</c>); <see langword="null"/> while it runs.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>The result: pending, success or failed (<c>outcome</c>).</summary>
    public DeploymentOutcome? Outcome { get; set; }

    /// <summary>The git commit that was deployed (<c>git_hash</c>).</summary>
    public string? GitHash { get; set; }

    /// <summary>The git branch or tag that was deployed (<c>git_ref</c>).</summary>
    public string? GitRef { get; set; }

    /// <summary>The deployment session identifier (<c>deploy_session</c>).</summary>
    public string? DeploySession { get; set; }

    /// <summary>The kind of deployment: build, redeploy, scale, first_build or revert (<c>deploy_type</c>).</summary>
    public DeploymentType? DeployType { get; set; }

    /// <summary>Whether this is the stack's HEAD deployment (<c>is_head</c>).</summary>
    public bool? IsHead { get; set; }

    /// <summary>Whether this deployment is the one currently live (<c>is_live</c>).</summary>
    public bool? IsLive { get; set; }

    /// <summary>Whether this deployment was reverted (<c>reverted</c>); <see langword="null"/> when the server does not say.</summary>
    public bool? Reverted { get; set; }

    /// <summary>Who reverted this deployment, if it was (<c>reverted_by</c>).</summary>
    public string? RevertedBy { get; set; }

    /// <summary>When this deployment was reverted, if it was (<c>reverted_at</c>).</summary>
    public DateTimeOffset? RevertedAt { get; set; }

    /// <summary>Whether the deployment is still in progress (<c>is_deploying</c>).</summary>
    public bool? IsDeploying { get; set; }

    /// <summary>The web address of the deployed commit (<c>commit_url</c>).</summary>
    public string? CommitUrl { get; set; }

    /// <summary>The UUID of the snapshot taken for this deployment (<c>snapshot_uuid</c>).</summary>
    public string? SnapshotUuid { get; set; }
}
