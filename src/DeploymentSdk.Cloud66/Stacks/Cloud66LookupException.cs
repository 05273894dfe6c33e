namespace DeploymentSdk.Cloud66;

/// <summary>
/// A find by name matched no stack (<see cref="ApiException.Kind"/> <see cref="ApiErrorKind.NotFound"/>) or more than
/// one (<see cref="ApiErrorKind.Conflict"/>). The list was read normally; the name is what is wrong.
/// </summary>
public sealed class Cloud66LookupException : ApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The stack name looked for.</param>
    /// <param name="environment">The environment looked in, if one was given.</param>
    /// <param name="matches">The UIDs of the stacks that matched: none, or several.</param>
    public Cloud66LookupException(string name, string? environment, IReadOnlyList<string> matches)
        : base(
            MessageOf(name, environment, matches ?? []),
            (matches ?? []).Count == 0 ? ApiErrorKind.NotFound : ApiErrorKind.Conflict,
            200,
            "GET",
            "/stacks")
    {
        Name = name;
        Environment = environment;
        Matches = matches ?? [];
    }

    /// <summary>The stack name looked for.</summary>
    public string Name { get; }

    /// <summary>The environment looked in, if one was given.</summary>
    public string? Environment { get; }

    /// <summary>The UIDs of the stacks that matched: empty when none did, several when the name is ambiguous.</summary>
    public IReadOnlyList<string> Matches { get; }

    private static string MessageOf(string name, string? environment, IReadOnlyList<string> matches)
    {
        var where = environment is null ? string.Empty : $" in environment '{environment}'";
        return matches.Count == 0
            ? $"Cloud66 has no stack named '{name}'{where} that the token can read."
            : $"Cloud66 has {matches.Count} stacks named '{name}'{where} ({string.Join(", ", matches)}); give the environment or use a stack UID.";
    }
}
