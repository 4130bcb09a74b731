using SpecClient.Generator.Model;
using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary>
/// The sample response is the first code block after the response section that the lines before it do not introduce as
/// an error: "error", "fail", 错误 or 异常 in any letter case, unless "success", 正常, 成功 or a heading comes nearer.
/// </summary>
public sealed class SuccessSampleTests
{
    [Theory]
    [InlineData("**ERROR response**", "\"Code\":\"Bad\"")]
    [InlineData("Response when the call FAILS", "\"Code\":\"Bad\"")]
    [InlineData("异常返回示例", "\"Code\":\"Bad\"")]
    [InlineData("错误码示例", "\"Code\":\"Bad\"")]
    public void A_block_introduced_as_an_error_is_passed_over(string intro, string errorBody)
    {
        Operation operation = Read(intro + "\n\n```json\n{" + errorBody + "}\n```\n\nSuccessful response\n\n```json\n{\"RequestId\":\"r-1\"}\n```\n");

        Assert.Equal("{\"RequestId\":\"r-1\"}", operation.SampleJson);
    }

    [Theory]
    [InlineData("Error codes are listed below.\n\nSuccessful RESPONSE:")]
    [InlineData("Errors: see the error center.\n\n正常返回示例")]
    [InlineData("Errors: see the error center.\n\n### Examples")]
    public void Success_or_a_heading_nearer_than_the_error_word_keeps_the_block(string intro)
    {
        Operation operation = Read(intro + "\n\n```json\n{\"RequestId\":\"r-2\"}\n```\n");

        Assert.Equal("{\"RequestId\":\"r-2\"}", operation.SampleJson);
    }

    // The sample is read as a slice of the page's text where the code block's lines are the page's own (in a list item
    // they are a copy, the item's indent taken off): what is cut off around the JSON is cut off the slice.
    [Theory]
    [InlineData("```\nHTTP/1.1 200 OK\nContent-Type:application/json\n\n{\"RequestId\":\"r-3\"}\n```\n", "{\"RequestId\":\"r-3\"}")] // the HTTP head
    [InlineData("```\nHTTP/1.1 200 OK\n{\"RequestId\":\"r-3\"}\n```\n", null)] // a head with no blank line after it: no body
    [InlineData("```\nHeader :\n{\n  \"x-log-requestid\": \"1\"\n}\nBody :\n{\"RequestId\":\"r-4\"}  \n```", "{\"RequestId\":\"r-4\"}")] // SLS's labels
    [InlineData("```\n//json response\n  {\"RequestId\":\"r-5\"}\n```\n", "{\"RequestId\":\"r-5\"}")] // KMS's comment line
    [InlineData("- Sample:\n\n  ```json\n  {\n    \"RequestId\": \"r-6\"\n  }\n  ```\n", "{\n  \"RequestId\": \"r-6\"\n}")] // in a list item
    [InlineData("```json\r\n {\"RequestId\":\"r-7\",\r\n\"A\":1}\r\n```\r\n", "{\"RequestId\":\"r-7\",\r\n\"A\":1}")] // CRLF
    public void The_sample_is_the_json_the_block_shows(string samples, string? json)
    {
        Assert.Equal(json, Read(samples).SampleJson);
    }

    private static Operation Read(string samples)
    {
        string page = "# GetThing\n\n[x](https://api.aliyun.com/#product=Things&api=GetThing&type=RPC&version=2020-01-01)\n\n## Request parameters\n\n"
            + "|Parameter|Type|Required|Example|Description|\n|-|-|-|-|-|\n|Id|String|Yes|1|The id.|\n\n"
            + "## Response parameters\n\n|Parameter|Type|Example|Description|\n|-|-|-|-|\n|RequestId|String|r-1|The request id.|\n\n"
            + "## Examples\n\n" + samples;
        return Assert.Single(SpecReader.Read(new SpecFile("GetThing.md", page, SpecOptions.None), default).Operations);
    }
}
