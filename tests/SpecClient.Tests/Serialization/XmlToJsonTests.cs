using System.Text;
using System.Text.Json;
using System.Xml;
using SpecClient.Serialization;

namespace SpecClient.Tests.Serialization;

/// <summary>
/// XML answers become the JSON the generated readers already read: both wrapper shapes give lists, text gives
/// strings the readers take as numbers and booleans. Readers here are written the way the generator writes them.
/// </summary>
public sealed class XmlToJsonTests
{
    [Fact]
    public void The_QueryTaskDetailList_page_XML_sample_reads_like_its_JSON_sample()
    {
        string page = File.ReadAllText(Path.Combine(TestPaths.SharedDir, "corpus", "md", "domain", "QueryTaskDetailList.md"));

        TaskPage fromXml = Read(Convert(Sample(page, "XML")), TaskPage.Read);
        TaskPage fromJson = Read(Encoding.UTF8.GetBytes(Sample(page, "JSON")), TaskPage.Read);

        // The sample is a fragment without a root element; Data wraps one TaskDetail (the <Data><TaskDetail> shape).
        Assert.Equal("6A2320E4-D870-49C9-A6DC-test", fromXml.RequestId);
        Assert.Equal((1, 2, 1, 1), (fromXml.CurrentPageNum, fromXml.PageSize, fromXml.TotalItemNum, fromXml.TotalPageNum));
        Assert.Equal((true, false), (fromXml.NextPage, fromXml.PrePage));
        TaskDetail detail = Assert.Single(fromXml.Data);
        Assert.Equal("example.com", detail.DomainName);
        Assert.Equal(2, detail.TaskStatusCode);
        Assert.Equal(0, detail.TryCount);
        Assert.Equal("12345", detail.TaskResult);
        Assert.Equal("EXECUTE_SUCCESS", detail.TaskStatus);
        Assert.Equal("2018-01-25 20:46:57", detail.CreateTime);

        Assert.Equal(
            (fromJson.RequestId, fromJson.CurrentPageNum, fromJson.PageSize, fromJson.TotalItemNum, fromJson.TotalPageNum, fromJson.NextPage, fromJson.PrePage),
            (fromXml.RequestId, fromXml.CurrentPageNum, fromXml.PageSize, fromXml.TotalItemNum, fromXml.TotalPageNum, fromXml.NextPage, fromXml.PrePage));
        Assert.Equal(Assert.Single(fromJson.Data) with { ErrorMsg = null }, detail with { ErrorMsg = null });
        Assert.Equal("The operation is successful.", detail.ErrorMsg!.TrimEnd());
    }

    [Fact]
    public void The_ResendEmailVerification_page_XML_sample_reads_repeated_elements_as_a_list()
    {
        string page = File.ReadAllText(Path.Combine(TestPaths.SharedDir, "corpus", "md", "domain", "ResendEmailVerification.md"));

        EmailResult fromXml = Read(Convert(Sample(page, "XML")), EmailResult.Read);
        EmailResult fromJson = Read(Encoding.UTF8.GetBytes(Sample(page, "JSON")), EmailResult.Read);

        // Repeated <failList> directly under the root element: the second wrapper shape.
        Assert.Equal("0EA54E99-DB48-4CE3-A099-6ED8E451B8AC", fromXml.RequestId);
        Assert.Equal(2, fromXml.FailList.Count);
        Assert.Equal(new EmailItem("SendTokenQuotaExceeded", "test1@aliyun.com", "The maximum number of attempts allowed to send the email verification link is exceeded."), fromXml.FailList[0]);
        Assert.Equal(new EmailItem("ParameterIllegall", "test2@aliyun.com", "Parameter error"), fromXml.FailList[1]);
        Assert.Empty(fromXml.SuccessList);
        Assert.Equal(fromJson.FailList, fromXml.FailList);
        Assert.Equal(fromJson.RequestId, fromXml.RequestId);
    }

    [Theory]
    [InlineData("<R><Instances><Instance><Id>1</Id></Instance><Instance><Id>2</Id></Instance></Instances></R>", "1,2")]
    [InlineData("<R><Instances><Instance><Id>1</Id></Instance></Instances></R>", "1")]
    [InlineData("<R><Instances><Instance><Id>1</Id><Name>a</Name></Instance></Instances></R>", "1")]
    [InlineData("<R><Instances/></R>", "")]
    [InlineData("<R><Instances></Instances></R>", "")]
    [InlineData("<R><Instances>\n    </Instances></R>", "")]
    [InlineData("<R></R>", "")]
    public void The_wrapper_element_shape_reads_into_a_list(string xml, string ids)
    {
        Assert.Equal(ids, string.Join(",", Read(Convert(xml), (ref Utf8JsonReader r) => Instances(ref r, "Instance")).Select(i => i.Id)));
    }

    [Theory]
    [InlineData("<R><Instance><Id>1</Id></Instance><Instance><Id>2</Id></Instance><Instance><Id>3</Id></Instance></R>", "1,2,3")]
    [InlineData("<R><Instance><Id>1</Id></Instance></R>", "1")]
    [InlineData("<R><Instance><Id>1</Id></Instance><RequestId>x</RequestId><Instance><Id>2</Id></Instance></R>", "1,2")]
    [InlineData("<Instance><Id>1</Id></Instance><Instance><Id>2</Id></Instance>", "1,2")]
    public void Repeated_elements_directly_under_the_parent_read_into_a_list(string xml, string ids)
    {
        IReadOnlyList<Item> items = Read(Convert(xml), (ref Utf8JsonReader reader) =>
        {
            IReadOnlyList<Item> found = [];
            Assert.True(JsonRead.BeginObject(ref reader));
            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "Instance"))
                {
                    found = JsonRead.List(ref reader, null, Item.Read);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return found;
        });

        Assert.Equal(ids, string.Join(",", items.Select(i => i.Id)));
    }

    [Theory]
    [InlineData("<R><Emails><Email>a@b.c</Email><Email>d@e.f</Email></Emails></R>", "a@b.c|d@e.f")]
    [InlineData("<R><Emails><Email>a@b.c</Email></Emails></R>", "a@b.c")]
    [InlineData("<R><Emails/></R>", "")]
    public void Lists_of_text_read_too(string xml, string expected)
    {
        IReadOnlyList<string> emails = Read(Convert(xml), (ref Utf8JsonReader reader) =>
        {
            IReadOnlyList<string> found = [];
            JsonRead.BeginObject(ref reader);
            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "Emails"))
                {
                    found = JsonRead.List(ref reader, "Email", JsonRead.StringItem);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return found;
        });

        Assert.Equal(expected, string.Join("|", emails));
    }

    [Theory]
    [InlineData("<R><A>1</A></R>", "{\"A\":\"1\"}")]
    [InlineData("<A>1</A>", "{\"A\":\"1\"}")]
    [InlineData("<?xml version='1.0' encoding='UTF-8'?><R><A>1</A></R>", "{\"A\":\"1\"}")]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<R>\n  <A>1</A>\n  <B/>\n</R>\n", "{\"A\":\"1\",\"B\":null}")]
    [InlineData("<R><A><![CDATA[<not> & markup]]></A></R>", "{\"A\":\"<not> & markup\"}")]
    [InlineData("<R><A>x &amp; y &lt;z&gt; &#20013;</A></R>", "{\"A\":\"x & y <z> \u4e2d\"}")]
    [InlineData("<p:R xmlns:p='urn:x' a='1'><p:A b='2'>1</p:A></p:R>", "{\"A\":\"1\"}")]
    [InlineData("<R><A>1</A><!-- note --><B>true</B></R>", "{\"A\":\"1\",\"B\":\"true\"}")]
    [InlineData("<R><A> padded </A></R>", "{\"A\":\" padded \"}")]
    [InlineData("<R><A><B>1</B></A><A><B>2</B></A><C/></R>", "{\"A\":[{\"B\":\"1\"},{\"B\":\"2\"}],\"C\":null}")]
    [InlineData("<Error><RequestId>r</RequestId><Code>Forbidden.RAM</Code></Error>", "{\"RequestId\":\"r\",\"Code\":\"Forbidden.RAM\"}")]
    [InlineData("<R><A>中文 😀</A></R>", "{\"A\":\"中文 😀\"}")]
    public void The_JSON_has_the_shape_of_the_document(string xml, string json)
    {
        using JsonDocument actual = JsonDocument.Parse(Convert(xml));
        using JsonDocument expected = JsonDocument.Parse(json);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement), Encoding.UTF8.GetString(Convert(xml)));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<R><A>1</A></R>")];
        Assert.Equal("{\"A\":\"1\"}", Encoding.UTF8.GetString(XmlToJson.Convert(bytes, 0, bytes.Length)));
        Assert.True(XmlToJson.LooksLikeXml(bytes));
    }

    [Fact]
    public void Many_distinct_children_and_many_repeats_stay_in_document_order()
    {
        var xml = new StringBuilder("<R>");
        for (int i = 0; i < 50; i++)
        {
            xml.Append("<F").Append(i).Append('>').Append(i).Append("</F").Append(i).Append('>');
        }

        for (int i = 0; i < 2000; i++)
        {
            xml.Append("<Item>").Append(i).Append("</Item>");
        }

        xml.Append("<F3>again</F3></R>");
        using JsonDocument document = JsonDocument.Parse(Convert(xml.ToString()));
        JsonProperty[] properties = document.RootElement.EnumerateObject().ToArray();
        Assert.Equal(51, properties.Length);
        Assert.Equal("F0", properties[0].Name);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("F3").ValueKind);
        Assert.Equal(2000, document.RootElement.GetProperty("Item").GetArrayLength());
        Assert.Equal("1999", document.RootElement.GetProperty("Item")[1999].GetString());
    }

    [Theory]
    [InlineData("<!DOCTYPE R [<!ENTITY e \"boom\">]><R><A>&e;</A></R>")]
    [InlineData("<R><A>1</A>")]
    [InlineData("<R><A>1</B></R>")]
    [InlineData("<R>&undefined;</R>")]
    [InlineData("just text")]
    [InlineData("")]
    public void What_is_not_safe_well_formed_XML_with_an_element_is_refused(string xml)
    {
        Assert.ThrowsAny<XmlException>(() => Convert(xml));
    }

    [Fact]
    public void Nesting_deeper_than_the_JSON_reader_accepts_is_refused()
    {
        string deep = string.Concat(Enumerable.Repeat("<a>", 80)) + "x" + string.Concat(Enumerable.Repeat("</a>", 80));
        Assert.Throws<XmlException>(() => Convert(deep));

        string fine = string.Concat(Enumerable.Repeat("<a>", 60)) + "x" + string.Concat(Enumerable.Repeat("</a>", 60));
        byte[] json = Convert(fine);
        var reader = new Utf8JsonReader(json);
        while (reader.Read())
        {
        }
    }

    [Theory]
    [InlineData("  <R/>", true)]
    [InlineData("\r\n<R/>", true)]
    [InlineData("{\"a\":1}", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void Markup_is_recognised_by_its_first_character(string body, bool xml)
    {
        Assert.Equal(xml, XmlToJson.LooksLikeXml(Encoding.UTF8.GetBytes(body)));
    }

    /// <summary>The code block after "`XML` format" (or JSON) on a doc page.</summary>
    internal static string Sample(string page, string format)
    {
        int label = page.IndexOf("`" + format + "` format", StringComparison.Ordinal);
        Assert.True(label >= 0, "no " + format + " sample");
        int open = page.IndexOf("```", label, StringComparison.Ordinal);
        int start = page.IndexOf('\n', open) + 1;
        int close = page.IndexOf("```", start, StringComparison.Ordinal);
        return page.Substring(start, close - start);
    }

    private static byte[] Convert(string xml)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(xml);
        return XmlToJson.Convert(bytes, 0, bytes.Length);
    }

    private static T Read<T>(byte[] json, ResponseReader<T> read)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        return read(ref reader);
    }

    private static IReadOnlyList<Item> Instances(ref Utf8JsonReader reader, string? wrapper)
    {
        IReadOnlyList<Item> found = [];
        Assert.True(JsonRead.BeginObject(ref reader));
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.Property(ref reader, "Instances"))
            {
                found = JsonRead.List(ref reader, wrapper, Item.Read);
            }
            else
            {
                JsonRead.SkipProperty(ref reader);
            }
        }

        return found;
    }

    private sealed record Item(int? Id)
    {
        public static Item Read(ref Utf8JsonReader reader)
        {
            int? id = null;
            if (!JsonRead.BeginObject(ref reader))
            {
                return new Item(id);
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "Id"))
                {
                    id = JsonRead.Int32(ref reader);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new Item(id);
        }
    }

    internal sealed record EmailItem(string? Code, string? Email, string? Message)
    {
        public static EmailItem Read(ref Utf8JsonReader reader)
        {
            string? code = null, email = null, message = null;
            if (!JsonRead.BeginObject(ref reader))
            {
                return new EmailItem(null, null, null);
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "Code"))
                {
                    code = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Email"))
                {
                    email = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Message"))
                {
                    message = JsonRead.String(ref reader);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new EmailItem(code, email, message);
        }
    }

    /// <summary>What the generator emits for ResendEmailVerification: lists without a named item wrapper.</summary>
    internal sealed record EmailResult(string? RequestId, IReadOnlyList<EmailItem> FailList, IReadOnlyList<EmailItem> SuccessList)
    {
        public static EmailResult Read(ref Utf8JsonReader reader)
        {
            string? requestId = null;
            IReadOnlyList<EmailItem> fail = [], success = [];
            JsonRead.BeginObject(ref reader);
            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "RequestId"))
                {
                    requestId = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "FailList"))
                {
                    fail = JsonRead.List(ref reader, null, EmailItem.Read);
                }
                else if (JsonRead.Property(ref reader, "SuccessList"))
                {
                    success = JsonRead.List(ref reader, null, EmailItem.Read);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new EmailResult(requestId, fail, success);
        }
    }

    private sealed record TaskDetail(string? DomainName, int? TaskStatusCode, int? TryCount, string? TaskResult, string? TaskStatus, string? CreateTime, string? ErrorMsg)
    {
        public static TaskDetail Read(ref Utf8JsonReader reader)
        {
            string? domainName = null, taskResult = null, taskStatus = null, createTime = null, errorMsg = null;
            int? statusCode = null, tryCount = null;
            if (!JsonRead.BeginObject(ref reader))
            {
                return new TaskDetail(null, null, null, null, null, null, null);
            }

            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "DomainName"))
                {
                    domainName = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TaskStatusCode"))
                {
                    statusCode = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TryCount"))
                {
                    tryCount = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TaskResult"))
                {
                    taskResult = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TaskStatus"))
                {
                    taskStatus = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "CreateTime"))
                {
                    createTime = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "ErrorMsg"))
                {
                    errorMsg = JsonRead.String(ref reader);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new TaskDetail(domainName, statusCode, tryCount, taskResult, taskStatus, createTime, errorMsg);
        }
    }

    /// <summary>What the generator emits for QueryTaskDetailList: Data is a list with the item wrapper TaskDetail.</summary>
    private sealed record TaskPage(string? RequestId, int? CurrentPageNum, int? PageSize, int? TotalItemNum, int? TotalPageNum, bool? NextPage, bool? PrePage, IReadOnlyList<TaskDetail> Data)
    {
        public static TaskPage Read(ref Utf8JsonReader reader)
        {
            string? requestId = null;
            int? current = null, size = null, total = null, pages = null;
            bool? next = null, previous = null;
            IReadOnlyList<TaskDetail> data = [];
            JsonRead.BeginObject(ref reader);
            while (JsonRead.NextProperty(ref reader))
            {
                if (JsonRead.Property(ref reader, "RequestId"))
                {
                    requestId = JsonRead.String(ref reader);
                }
                else if (JsonRead.Property(ref reader, "CurrentPageNum"))
                {
                    current = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "PageSize"))
                {
                    size = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TotalItemNum"))
                {
                    total = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "TotalPageNum"))
                {
                    pages = JsonRead.Int32(ref reader);
                }
                else if (JsonRead.Property(ref reader, "NextPage"))
                {
                    next = JsonRead.Boolean(ref reader);
                }
                else if (JsonRead.Property(ref reader, "PrePage"))
                {
                    previous = JsonRead.Boolean(ref reader);
                }
                else if (JsonRead.Property(ref reader, "Data"))
                {
                    data = JsonRead.List(ref reader, "TaskDetail", TaskDetail.Read);
                }
                else
                {
                    JsonRead.SkipProperty(ref reader);
                }
            }

            return new TaskPage(requestId, current, size, total, pages, next, previous, data);
        }
    }
}
