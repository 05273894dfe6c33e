namespace DeploymentSdk.CloudFoundry;

/// <summary>
/// A find by name matched no resource (<see cref="ApiException.Kind"/> <see cref="ApiErrorKind.NotFound"/>) or more
/// than one (<see cref="ApiErrorKind.Conflict"/>). The lists that were read answered normally; the name is what is wrong.
/// </summary>
public sealed class CloudFoundryLookupException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="resourceType">What was looked for: <c>organization</c>, <c>space</c> or <c>app</c>.</param>
    /// <param name="name">The name looked for.</param>
    /// <param name="matchCount">How many resources matched: 0, or more than 1.</param>
    /// <param name="requestPath">The list that was read, without query.</param>
    public CloudFoundryLookupException(string resourceType, string name, long matchCount, string? requestPath)
        : base(
            matchCount == 0
                ? $"Cloud Foundry has no {resourceType} named '{name}' that the caller can read."
                : $"Cloud Foundry has {matchCount} {resourceType}s named '{name}'; narrow the search (for example by organization) to find one.",
            matchCount == 0 ? ApiErrorKind.NotFound : ApiErrorKind.Conflict,
            200,
            "GET",
            requestPath)
    {
        ResourceType = resourceType;
        Name = name;
        MatchCount = matchCount;
    }

    /// <summary>What was looked for: <c>organization</c>, <c>space</c> or <c>app</c>.</summary>
    public string ResourceType { get; }

    /// <summary>The name looked for.</summary>
    public string Name { get; }

    /// <summary>How many resources matched: 0 (none) or more than 1 (ambiguous).</summary>
    public long MatchCount { get; }
}
