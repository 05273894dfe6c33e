namespace DeploymentSdk.Cloud66.Json;

/// <summary>
/// A Cloud66 code/meaning pair (<c>{"code": 0, "meaning": "web"}</c> or <c>{"code": "web", "meaning": "Web Interface"}</c>)
/// that keeps codes a newer server adds. Implemented by the deployment's trigger, outcome and type.
/// </summary>
/// <typeparam name="TSelf">The implementing type.</typeparam>
internal interface ICodedValue<TSelf>
    where TSelf : struct, ICodedValue<TSelf>
{
    /// <summary>The code as sent: the string, or the number's invariant text.</summary>
    string Code { get; }

    /// <summary>The code when the server sent a number.</summary>
    long? NumericCode { get; }

    /// <summary>The server's description of the code.</summary>
    string? Meaning { get; }

    /// <summary>Wraps a pair read from the wire, known or not.</summary>
    static abstract TSelf FromWire(string code, long? numericCode, string? meaning);
}
