namespace DeploymentSdk.CloudFoundry;

/// <summary>The rate-limit headers of a Cloud Foundry answer (<c>X-RateLimit-Limit</c>, <c>-Remaining</c>, <c>-Reset</c>).</summary>
/// <param name="Limit">The number of requests allowed in the current window, when reported.</param>
/// <param name="Remaining">An estimate of the requests left in the current window, when reported.</param>
/// <param name="ResetsAt">When the window resets (the header is in Unix seconds), when reported.</param>
public sealed record CloudFoundryRateLimit(long? Limit, long? Remaining, DateTimeOffset? ResetsAt);
