using System.IO;
using System.Net.Http;
using SpecClient.Serialization;

namespace SpecClient;

/// <summary>
/// How one call reads its success: a JSON (or XML) body through a generated <see cref="ResponseReader{T}"/>, or
/// bytes (<see cref="MediaType"/>, SLS's protobuf) through a <see cref="BinaryResponseReader{T}"/>; then the
/// headers, when the response has header fields. A struct: every call makes one, and it lives in the call's
/// state machine rather than as one more object per call.
/// </summary>
internal readonly struct SuccessReader<T>
{
    private readonly ResponseReader<T>? _json;
    private readonly BinaryResponseReader<T>? _bytes;
    private readonly ResponseHeadersReader<T>? _headers;

    public SuccessReader(ResponseReader<T> json, ResponseHeadersReader<T>? headers)
    {
        _json = json;
        _headers = headers;
    }

    public SuccessReader(string mediaType, BinaryResponseReader<T> bytes, ResponseHeadersReader<T>? headers)
    {
        MediaType = mediaType;
        _bytes = bytes;
        _headers = headers;
    }

    /// <summary>The media type of a body of bytes (sent as <c>Accept</c>), or null for JSON.</summary>
    public string? MediaType { get; }

    public T Read(HttpResponseMessage response, ResponseBody body, AccessKeyCredential? credential, int limit, bool sls)
    {
        T result = _bytes is null
            ? ResponseHandler.ReadSuccess(response, body, _json!, credential, limit, sls)
            : _bytes(Bytes(response, body, limit));
        _headers?.Invoke(result, new ResponseHeaders(response));
        return result;
    }

    // The body decompressed as x-log-compresstype says (SLS), its size held to x-log-bodyrawsize.
    private static byte[] Bytes(HttpResponseMessage response, ResponseBody body, int limit)
    {
        if (body.IsTooLarge)
        {
            throw ResponseHandler.TooLarge(response, limit);
        }

        try
        {
            return SlsCompression.Decode(
                ResponseHandler.HeaderValue(response, SlsCompression.CompressTypeHeader),
                ResponseHandler.HeaderValue(response, SlsCompression.RawSizeHeader),
                body.Buffer,
                body.Length,
                limit);
        }
        catch (InvalidDataException e)
        {
            throw new ResponseFormatException(e.Message, (int)response.StatusCode, ResponseHandler.HeaderRequestId(response), bodyExcerpt: null, e);
        }
    }
}
