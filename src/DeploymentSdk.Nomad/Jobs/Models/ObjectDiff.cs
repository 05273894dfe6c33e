namespace DeploymentSdk.Nomad;

/// <summary>The difference between two versions of a nested object.</summary>
public sealed class ObjectDiff : ApiModel
{
    /// <summary>Whether the object was added, deleted, edited or is unchanged.</summary>
    public JobDiffType? Type { get; set; }

    /// <summary>The object name.</summary>
    public string? Name { get; set; }

    /// <summary>Changed fields of the object.</summary>
    public IList<FieldDiff>? Fields { get; set; }

    /// <summary>Changed nested objects.</summary>
    public IList<ObjectDiff>? Objects { get; set; }
}
