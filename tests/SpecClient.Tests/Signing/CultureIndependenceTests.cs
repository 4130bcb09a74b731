using System.Globalization;
using System.Text.Json;
using SpecClient.Signing;

namespace SpecClient.Tests.Signing;

/// <summary>
/// Signing and timestamps must not depend on the machine's culture: Turkish lower-cases 'I' to a dotless i,
/// Thai and Saudi Arabic use other calendars, and culture-aware sorting orders 'B', '_' and 'a' differently.
/// </summary>
public sealed class CultureIndependenceTests
{
    public static TheoryData<string> Cultures => new() { "tr-TR", "az-Latn-AZ", "th-TH", "ar-SA", "fa-IR", "de-DE", "ja-JP", "" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_vector_passes_under_the_culture(string culture)
    {
        WithCulture(culture, () =>
        {
            string file = Path.Combine(TestPaths.SharedDir, "vectors", "signatures.json");
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(file));
            var problems = new List<string>();
            foreach (JsonElement vector in document.RootElement.GetProperty("rpc").EnumerateArray())
            {
                problems.AddRange(SignatureVectorsTests.CheckRpc(vector));
            }

            foreach (JsonElement vector in document.RootElement.GetProperty("acs3").EnumerateArray())
            {
                problems.AddRange(SignatureVectorsTests.CheckAcs3(vector));
            }

            Assert.Empty(problems);
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Header_names_lower_case_without_the_Turkish_dotless_i(string culture)
    {
        WithCulture(culture, () =>
        {
            Acs3CanonicalHeaders headers = Acs3SignatureV3.CanonicalHeaders(new[]
            {
                new KeyValuePair<string, string>("X-ACS-SIGNATURE-NONCE", "n"),
                new KeyValuePair<string, string>("HOST", "h"),
            });
            Assert.Equal("host;x-acs-signature-nonce", headers.SignedHeaders);
        });
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Timestamps_are_gregorian_UTC_in_every_culture(string culture)
    {
        WithCulture(culture, () =>
        {
            var instant = new DateTimeOffset(2024, 1, 2, 11, 4, 5, TimeSpan.FromHours(8));
            Assert.Equal("2024-01-02T03:04:05Z", WireValues.Timestamp(instant));
        });
    }

    [Fact]
    public void The_test_process_has_real_cultures()
    {
        // Without ICU (invariant globalization) the tests above would pass vacuously.
        WithCulture("tr-TR", () => Assert.Equal("\u0131", "I".ToLower(CultureInfo.CurrentCulture)));
        WithCulture("th-TH", () => Assert.IsType<ThaiBuddhistCalendar>(CultureInfo.CurrentCulture.Calendar));
    }

    internal static void WithCulture(string name, Action action)
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(name);
            CultureInfo.CurrentUICulture = new CultureInfo(name);
            action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
