using System.Text.Json.Serialization;

namespace DeploymentSdk.Cloud66;

/// <summary>Where a page of a Cloud66 list sits among the others (<c>pagination</c>). Page numbers start at 1.</summary>
public sealed class Pagination : ApiModel
{
    private int? _previous;
    private int? _prev;

    /// <summary>The number of this page (<c>current</c>).</summary>
    public int? Current { get; set; }

    /// <summary>The number of the next page (<c>next</c>); <see langword="null"/> on the last page.</summary>
    public int? Next { get; set; }

    /// <summary>
    /// The number of the previous page; <see langword="null"/> on the first page. Cloud66 names it <c>previous</c> in
    /// some answers and <c>prev</c> in others; either is read, and it is written back under the name it came with.
    /// </summary>
    [JsonIgnore]
    public int? Previous
    {
        get => _previous ?? _prev;
        set
        {
            _previous = value;
            _prev = null;
        }
    }

    /// <summary>How many items a page holds (<c>per_page</c>).</summary>
    public int? PerPage { get; set; }

    /// <summary>How many items there are across all pages (<c>count</c>).</summary>
    public long? Count { get; set; }

    /// <summary>How many pages there are (<c>pages</c>).</summary>
    public int? Pages { get; set; }

    [JsonInclude]
    [JsonPropertyName("previous")]
    internal int? PreviousOnWire
    {
        get => _previous;
        set => _previous = value;
    }

    [JsonInclude]
    [JsonPropertyName("prev")]
    internal int? PrevOnWire
    {
        get => _prev;
        set => _prev = value;
    }
}
