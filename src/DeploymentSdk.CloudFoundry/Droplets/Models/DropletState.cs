using System.Text.Json.Serialization;
using DeploymentSdk.Json;

namespace DeploymentSdk.CloudFoundry;

/// <summary>A droplet's state (<c>state</c>); open, so a newer server's value still reads.</summary>
[JsonConverter(typeof(ExtensibleEnumConverter<DropletState>))]
public readonly record struct DropletState(string Value) : IExtensibleEnum<DropletState>
{
    /// <summary>Created, not staged yet.</summary>
    public static DropletState AwaitingUpload { get; } = new("AWAITING_UPLOAD");

    /// <summary>Its bits are being processed.</summary>
    public static DropletState ProcessingUpload { get; } = new("PROCESSING_UPLOAD");

    /// <summary>Staged: it can run.</summary>
    public static DropletState Staged { get; } = new("STAGED");

    /// <summary>Being copied from another droplet.</summary>
    public static DropletState Copying { get; } = new("COPYING");

    /// <summary>Staging failed; see <see cref="Droplet.Error"/>.</summary>
    public static DropletState Failed { get; } = new("FAILED");

    /// <summary>Expired: its bits were deleted.</summary>
    public static DropletState Expired { get; } = new("EXPIRED");

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    static DropletState IExtensibleEnum<DropletState>.FromValue(string value) => new(value);
}
