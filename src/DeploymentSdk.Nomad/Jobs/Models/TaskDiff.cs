namespace DeploymentSdk.Nomad;

/// <summary>The difference between two versions of a task.</summary>
public sealed class TaskDiff : ApiModel
{
    /// <summary>Whether the task was added, deleted, edited or is unchanged.</summary>
    public JobDiffType? Type { get; set; }

    /// <summary>The task name.</summary>
    public string? Name { get; set; }

    /// <summary>Changed fields of the task.</summary>
    public IList<FieldDiff>? Fields { get; set; }

    /// <summary>Changed nested objects of the task.</summary>
    public IList<ObjectDiff>? Objects { get; set; }

    /// <summary>Notes on the effect of the change, such as "forces create/destroy update".</summary>
    public IList<string>? Annotations { get; set; }
}
