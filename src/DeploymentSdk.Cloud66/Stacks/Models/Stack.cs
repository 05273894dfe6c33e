namespace DeploymentSdk.Cloud66;

/// <summary>A Cloud66 stack (an application): its code source, environment, cloud and state.</summary>
public sealed class Stack : ApiModel
{
    /// <summary>The stack's unique identifier (<c>uid</c>): the <c>stackId</c> the other clients take.</summary>
    public string? Uid { get; set; }

    /// <summary>The stack's name (<c>name</c>); not unique: two environments of an app usually share it.</summary>
    public string? Name { get; set; }

    /// <summary>The git repository the stack deploys from (<c>git</c>).</summary>
    public string? Git { get; set; }

    /// <summary>The git branch the stack deploys (<c>git_branch</c>).</summary>
    public string? GitBranch { get; set; }

    /// <summary>The stack's environment, for example <c>production</c> (<c>environment</c>).</summary>
    public string? Environment { get; set; }

    /// <summary>The cloud provider the stack runs on (<c>cloud</c>).</summary>
    public string? Cloud { get; set; }

    /// <summary>The stack's host name (<c>fqdn</c>).</summary>
    public string? Fqdn { get; set; }

    /// <summary>The stack's language (<c>language</c>).</summary>
    public string? Language { get; set; }

    /// <summary>The stack's framework (<c>framework</c>).</summary>
    public string? Framework { get; set; }

    /// <summary>The stack's status code (<c>status</c>), for example 1 for deployed successfully.</summary>
    public int? Status { get; set; }

    /// <summary>The stack's health code (<c>health</c>).</summary>
    public int? Health { get; set; }

    /// <summary>When the stack last did something (<c>last_activity</c>).</summary>
    public DateTimeOffset? LastActivity { get; set; }

    /// <summary>The last activity as the server formats it (<c>last_activity_iso</c>).</summary>
    public string? LastActivityIso { get; set; }

    /// <summary>Whether the stack is in maintenance mode (<c>maintenance_mode</c>).</summary>
    public bool? MaintenanceMode { get; set; }

    /// <summary>Whether the stack has a load balancer (<c>has_loadbalancer</c>).</summary>
    public bool? HasLoadbalancer { get; set; }

    /// <summary>When the stack was created (<c>created_at</c>).</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the stack was last updated (<c>updated_at</c>).</summary>
    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>The directory the stack deploys into (<c>deploy_directory</c>).</summary>
    public string? DeployDirectory { get; set; }

    /// <summary>The cloud's status for the stack (<c>cloud_status</c>).</summary>
    public string? CloudStatus { get; set; }

    /// <summary>The stack's redeploy hook URL (<c>redeploy_hook</c>); a secret: anyone with it can redeploy.</summary>
    public string? RedeployHook { get; set; }
}
