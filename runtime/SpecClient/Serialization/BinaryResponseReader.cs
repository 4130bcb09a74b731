namespace SpecClient.Serialization;

/// <summary>
/// Makes the response of an operation that answers bytes rather than JSON (SLS's <c>PullLogs</c>: a protocol
/// buffers log group list) from its body, already decompressed. Generated per such response class.
/// </summary>
/// <param name="body">The body's bytes, owned by the callee.</param>
public delegate T BinaryResponseReader<out T>(byte[] body);
