namespace SpecClient.Serialization;

/// <summary>
/// Fills what a response carries in its headers (SLS's <c>x-log-progress</c>, its request id) into the value
/// <see cref="ResponseReader{T}"/> read from the body. Generated per response class that has such fields.
/// </summary>
public delegate void ResponseHeadersReader<in T>(T response, ResponseHeaders headers);
