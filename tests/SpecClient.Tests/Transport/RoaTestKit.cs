namespace SpecClient.Tests.Transport;

/// <summary>
/// One ROA request with every part that can go wrong: a path value to percent-encode (<c>*</c> and a
/// multi-byte letter), a query value with a space, <c>+</c> and <c>~</c>, an <c>x-acs-</c> header with spaces
/// to trim, and a JSON body. Expected values were computed independently (Python's hashlib/hmac and
/// urllib.parse.quote, from shared/vectors/README.md and the official SDKs' ROA V1 algorithm).
/// </summary>
internal static class RoaTestKit
{
    public const string Host = "elasticsearch.cn-hangzhou.aliyuncs.com";
    public const string Body = "[\"cn-hangzhou-i\",\"cn-hangzhou-h\"]";
    public const string EncodedPath = "/openapi/instances/es-cn-n6w1o1x0w001c%2A%C3%A9/actions/recover-zones";

    public const string V3Authorization =
        "ACS3-HMAC-SHA256 Credential=testid,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-test-header;x-acs-version,"
        + "Signature=a03ac9c490338b8e31f508a45a2f8fb03ab6dc5213c2451eaaba77ad17d1f15f";

    public const string V1StringToSign =
        "POST\napplication/json\nW9st0mExkuLeRmxGWr0HNA==\napplication/json; charset=utf-8\nTue, 02 Jan 2024 03:04:05 GMT\n"
        + "x-acs-action:ActivateZones\nx-acs-signature-method:HMAC-SHA1\nx-acs-signature-nonce:nonce-0001\nx-acs-signature-version:1.0\nx-acs-test-header:v1\nx-acs-version:2017-06-13\n"
        + EncodedPath + "?clientToken=5A2C FF0E+~";

    public const string V1Authorization = "acs testid:AqTgXXjh9ZGr3CdpzRjdPqeaHTo=";

    public static readonly OperationDescriptor Operation = new(
        "Elasticsearch",
        "2017-06-13",
        "ActivateZones",
        ApiStyle.Roa,
        "POST",
        "/openapi/instances/{InstanceId}/actions/recover-zones",
        new[] { "InstanceId" },
        "{\"Result\":true,\"RequestId\":\"5A5D8E74-565C-43DC-B031-29289FA****\"}",
        null,
        isReadOnly: false);

    public static ApiRequest Request()
    {
        var request = new ApiRequest(Operation);
        request.Add("InstanceId", "es-cn-n6w1o1x0w001c*é", ParameterLocation.Path);
        request.Add("clientToken", "5A2C FF0E+~");
        request.Add("x-acs-test-header", " v1 ", ParameterLocation.Header);
        request.SetBody(Body);
        return request;
    }
}
