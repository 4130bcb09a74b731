namespace SpecClient.Tests.Credentials;

public sealed class CredentialProviderTests
{
    private const string Secret = "S3cr3t-Value-0123456789";
    private const string Token = "CAIS-token/with+chars=";

    [Fact]
    public async Task Environment_provider_reads_the_three_variables()
    {
        var provider = new EnvironmentCredentialProvider(Lookup(("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIid"), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret), ("ALIBABA_CLOUD_SECURITY_TOKEN", Token)));

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal("LTAIid", credential.AccessKeyId);
        Assert.Equal(Secret, credential.AccessKeySecret);
        Assert.Equal(Token, credential.SecurityToken);
    }

    [Fact]
    public async Task Environment_provider_without_token_gives_a_long_term_credential()
    {
        var provider = new EnvironmentCredentialProvider(Lookup(("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIid"), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret), ("ALIBABA_CLOUD_SECURITY_TOKEN", "")));

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Null(credential.SecurityToken);
    }

    [Fact]
    public async Task Missing_variables_are_named_in_the_exception()
    {
        var provider = new EnvironmentCredentialProvider(Lookup());

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET", e.Message);
        Assert.IsAssignableFrom<SpecClientException>(e);
    }

    [Fact]
    public async Task A_missing_secret_is_named_and_no_value_is_printed()
    {
        var provider = new EnvironmentCredentialProvider(Lookup(("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAIvisibleId"), ("ALIBABA_CLOUD_SECURITY_TOKEN", Token)));

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET", e.Message);
        Assert.DoesNotContain("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
        Assert.DoesNotContain("LTAIvisibleId", e.ToString());
        Assert.DoesNotContain(Token, e.ToString());
    }

    [Fact]
    public async Task An_empty_variable_counts_as_missing()
    {
        var provider = new EnvironmentCredentialProvider(Lookup(("ALIBABA_CLOUD_ACCESS_KEY_ID", ""), ("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret)));

        CredentialsException e = await Assert.ThrowsAsync<CredentialsException>(() => provider.GetCredentialAsync(CancellationToken.None).AsTask());

        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", e.Message);
        Assert.DoesNotContain(Secret, e.ToString());
    }

    [Fact]
    public async Task Rotated_variables_are_picked_up_and_unchanged_ones_reuse_the_credential()
    {
        var environment = new Dictionary<string, string?>
        {
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id1",
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = Secret,
        };
        var provider = new EnvironmentCredentialProvider(name => environment.GetValueOrDefault(name));

        AccessKeyCredential first = await provider.GetCredentialAsync(CancellationToken.None);
        AccessKeyCredential again = await provider.GetCredentialAsync(CancellationToken.None);
        environment["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "id2";
        AccessKeyCredential rotated = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal("id2", rotated.AccessKeyId);
    }

    [Fact]
    public async Task Static_provider_supplies_its_credential()
    {
        var provider = new StaticCredentialProvider("id", Secret, Token);

        AccessKeyCredential credential = await provider.GetCredentialAsync(CancellationToken.None);

        Assert.Equal(("id", Secret, Token), (credential.AccessKeyId, credential.AccessKeySecret, credential.SecurityToken));
    }

    [Fact]
    public void Static_provider_rejects_empty_keys()
    {
        Assert.Throws<ArgumentException>(() => new StaticCredentialProvider("", Secret));
        Assert.Throws<ArgumentException>(() => new StaticCredentialProvider("id", ""));
        Assert.Throws<ArgumentNullException>(() => new StaticCredentialProvider(null!));
    }

    [Fact]
    public void ToString_never_shows_a_secret_or_token()
    {
        var credential = new AccessKeyCredential("id", Secret, Token);
        string[] descriptions =
        {
            credential.ToString(),
            new StaticCredentialProvider(credential).ToString(),
            new EnvironmentCredentialProvider(Lookup(("ALIBABA_CLOUD_ACCESS_KEY_SECRET", Secret))).ToString(),
        };

        foreach (string description in descriptions)
        {
            Assert.DoesNotContain(Secret, description);
            Assert.DoesNotContain(Token, description);
        }

        Assert.Contains("id", descriptions[0]);
        Assert.Contains("id", descriptions[1]);
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", descriptions[2]);
    }

    private static Func<string, string?> Lookup(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => map.TryGetValue(name, out string? value) ? value : null;
    }
}
