namespace DeploymentSdk.Nomad;

/// <summary>The difference of one field between two versions.</summary>
public sealed class FieldDiff : ApiModel
{
    /// <summary>Whether the field was added, deleted, edited or is unchanged.</summary>
    public JobDiffType? Type { get; set; }

    /// <summary>The field name.</summary>
    public string? Name { get; set; }

    /// <summary>The old value, as text.</summary>
    public string? Old { get; set; }

    /// <summary>The new value, as text.</summary>
    public string? New { get; set; }

    /// <summary>Notes on the effect of the change, such as "forces in-place update".</summary>
    public IList<string>? Annotations { get; set; }
}
