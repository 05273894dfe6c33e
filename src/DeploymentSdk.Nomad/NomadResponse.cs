namespace DeploymentSdk.Nomad;

/// <summary>
/// An answer from Nomad: the <see cref="Value"/> and the <see cref="Meta"/> that came with it. Converts implicitly to
/// the value, so <c>Job job = await nomad.Jobs.GetAsync("web");</c> works without unwrapping.
/// </summary>
/// <typeparam name="T">The model read or returned.</typeparam>
public sealed class NomadResponse<T>
{
    /// <summary>Creates a response; for tests that fake a client.</summary>
    /// <param name="value">The model.</param>
    /// <param name="meta">The metadata of the answer.</param>
    public NomadResponse(T value, NomadQueryMeta meta)
    {
        ArgumentNullException.ThrowIfNull(meta);
        Value = value;
        Meta = meta;
    }

    /// <summary>The model read from the answer.</summary>
    public T Value { get; }

    /// <summary>The index, leader contact and paging token of the answer.</summary>
    public NomadQueryMeta Meta { get; }

    /// <summary>The index of the answer; shorthand for <c>Meta.LastIndex</c>.</summary>
    public ulong LastIndex => Meta.LastIndex;

    /// <summary>Returns the value of <paramref name="response"/>.</summary>
    /// <param name="response">The response.</param>
    public static implicit operator T(NomadResponse<T> response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Value;
    }

    /// <summary>Returns the value; the named alternative to the implicit conversion.</summary>
    /// <returns>The value.</returns>
    public T ToValue() => Value;
}
