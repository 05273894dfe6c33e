using System.Text.Json.Serialization;
using DeploymentSdk.Cloud66.Json;

namespace DeploymentSdk.Cloud66;

/// <summary>What kind of deployment it was: a build, a redeploy, a scale, the first build or a revert.</summary>
/// <remarks>
/// Cloud66 sends this as a code/meaning pair: older answers with a numeric code whose meaning is the name
/// (<c>{"code": 0, "meaning": "web"}</c>), newer ones with the name as code and a description as meaning
/// (<c>{"code": "web", "meaning": "Web Interface"}</c>). Both read, codes this SDK does not know are kept, and two
/// values are equal when their <see cref="Name"/> is (ignoring case), so either form equals the well-known members.
/// </remarks>
[JsonConverter(typeof(CodedValueConverter<DeploymentType>))]
public readonly record struct DeploymentType : ICodedValue<DeploymentType>
{
    private readonly string? _code;

    /// <summary>Creates a value with a string code.</summary>
    /// <param name="code">The code, for example one of the well-known names.</param>
    /// <param name="meaning">The server's description of the code, if any.</param>
    public DeploymentType(string code, string? meaning = null)
        : this(code, null, meaning)
    {
        ArgumentNullException.ThrowIfNull(code);
    }

    private DeploymentType(string code, long? numericCode, string? meaning)
    {
        _code = code;
        NumericCode = numericCode;
        Meaning = meaning;
    }

    /// <summary>A build of the stack (<c>build</c>).</summary>
    public static DeploymentType Build { get; } = new("build");

    /// <summary>A redeployment of the stack (<c>redeploy</c>).</summary>
    public static DeploymentType Redeploy { get; } = new("redeploy");

    /// <summary>A deployment that scaled the stack (<c>scale</c>).</summary>
    public static DeploymentType Scale { get; } = new("scale");

    /// <summary>The stack's first build (<c>first_build</c>).</summary>
    public static DeploymentType FirstBuild { get; } = new("first_build");

    /// <summary>A deployment that reverted to an earlier one (<c>revert</c>).</summary>
    public static DeploymentType Revert { get; } = new("revert");

    /// <summary>The code as the server sent it: the string code, or the numeric code as invariant text (<c>"0"</c>).</summary>
    public string Code => _code ?? string.Empty;

    /// <summary>The code when the server sent a number; <see langword="null"/> for a string code.</summary>
    public long? NumericCode { get; }

    /// <summary>The server's description of the code; <see langword="null"/> when it sent none.</summary>
    public string? Meaning { get; }

    /// <summary>
    /// The well-known name this value stands for: the code when it is a string, otherwise the meaning (which older
    /// answers fill with the name). Compare it with the static members, or compare the values themselves.
    /// </summary>
    public string Name => CodedValue.NameOf(_code, NumericCode, Meaning);

    /// <summary>Whether both values stand for the same <see cref="Name"/>, ignoring case.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when the names are equal.</returns>
    public bool Equals(DeploymentType other) => CodedValue.NamesEqual(Name, other.Name);

    /// <inheritdoc/>
    public override int GetHashCode() => CodedValue.HashOf(Name);

    /// <summary>The <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    static DeploymentType ICodedValue<DeploymentType>.FromWire(string code, long? numericCode, string? meaning) =>
        new(code, numericCode, meaning);
}
