namespace DeploymentSdk.Json;

/// <summary>
/// A string-backed value with well-known members that still accepts values a newer server adds
/// (the "extensible enum" pattern). Implemented by the providers' status and type values.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface IExtensibleEnum<TSelf>
    where TSelf : struct, IExtensibleEnum<TSelf>
{
    /// <summary>The wire value.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value, known or not.</summary>
    static abstract TSelf FromValue(string value);
}
