using SpecClient;

namespace SpecClient.Testing.Tests.Support;

/// <summary>
/// Hand-made descriptors standing in for generated code (being written elsewhere): Domain's
/// ResendEmailVerification as its doc page describes it, plus two synthetic ones for edge cases.
/// </summary>
internal static class DomainOperations
{
    public const string Product = "Domain";
    public const string Version = "2018-01-29";
    public const string SampleRequestId = "0EA54E99-DB48-4CE3-A099-6ED8E451B8AC";

    // Copied from shared/corpus/md/domain/ResendEmailVerification.md, "Sample success responses".
    public const string SampleJson = """
        {
          "failList": [
            {
              "code": "SendTokenQuotaExceeded",
              "email": "test1@aliyun.com",
              "message": "The maximum number of attempts allowed to send the email verification link is exceeded."
            },
            {
              "code": "ParameterIllegall",
              "email": "test2@aliyun.com",
              "message": "Parameter error"
            }
          ],
          "requestId": "0EA54E99-DB48-4CE3-A099-6ED8E451B8AC",
          "successList": []
        }
        """;

    public const string SampleXml = """
        <ResendEmailVerificationResponse>
          <failList>
                <code>SendTokenQuotaExceeded</code>
                <email>test1@aliyun.com</email>
                <message>The maximum number of attempts allowed to send the email verification link is exceeded.</message>
          </failList>
          <failList>
                <code>ParameterIllegall</code>
                <email>test2@aliyun.com</email>
                <message>Parameter error</message>
          </failList>
          <requestId>0EA54E99-DB48-4CE3-A099-6ED8E451B8AC</requestId>
        </ResendEmailVerificationResponse>
        """;

    public static readonly OperationDescriptor ResendEmailVerification = new(
        Product, Version, "ResendEmailVerification", ApiStyle.Rpc, "POST", "/",
        new[] { "Email" }, SampleJson, SampleXml, isReadOnly: false);

    /// <summary>A page without samples: the emulator must still answer a RequestId.</summary>
    public static readonly OperationDescriptor NoSample = new(
        Product, Version, "SaveNothing", ApiStyle.Rpc, "POST", "/",
        Array.Empty<string>(), null, null, isReadOnly: false);

    /// <summary>A repeat-list required parameter, satisfied by <c>Tag.1.Key</c>.</summary>
    public static readonly OperationDescriptor TagResources = new(
        Product, Version, "TagResources", ApiStyle.Rpc, "POST", "/",
        new[] { "ResourceType", "Tag.N.Key" }, """{"RequestId":"11111111-2222-3333-4444-555555555555"}""", null, isReadOnly: false);

    public static readonly OperationDescriptor[] All = { ResendEmailVerification, NoSample, TagResources };
}
