using System.Text.Json.Serialization;

namespace DeploymentSdk.Nomad;

/// <summary>The difference between two versions of a job.</summary>
public sealed class JobDiff : ApiModel
{
    /// <summary>Whether the job was added, deleted, edited or is unchanged.</summary>
    public JobDiffType? Type { get; set; }

    /// <summary>The job ID.</summary>
    [JsonPropertyName("ID")]
    public string? Id { get; set; }

    /// <summary>Changed fields of the job.</summary>
    public IList<FieldDiff>? Fields { get; set; }

    /// <summary>Changed nested objects of the job.</summary>
    public IList<ObjectDiff>? Objects { get; set; }

    /// <summary>Changed task groups.</summary>
    public IList<TaskGroupDiff>? TaskGroups { get; set; }
}
