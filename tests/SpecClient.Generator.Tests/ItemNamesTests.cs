using SpecClient.Generator.Reading;

namespace SpecClient.Generator.Tests;

/// <summary><see cref="ItemNames.IsSingularOf"/>, compared in place, says what the joined item-plus-suffix text said.</summary>
public sealed class ItemNamesTests
{
    [Theory]
    [InlineData("CertInfo", "CertInfos", true)]
    [InlineData("certinfo", "CERTINFOS", true)]
    [InlineData("Address", "Addresses", true)]
    [InlineData("Instance", "InstanceList", true)]
    [InlineData("Tag", "TagSet", true)]
    [InlineData("Policy", "Policies", true)]
    [InlineData("POLICY", "policies", true)]
    [InlineData("y", "ies", true)]
    [InlineData("", "s", true)]
    [InlineData("Policy", "Policys", true)]
    [InlineData("Policy", "Policie", false)]
    [InlineData("Instance", "Instance", false)]
    [InlineData("Instances", "Instance", false)]
    [InlineData("Instance", "Instancess", false)]
    [InlineData("Key", "Keyes", true)]
    [InlineData("Key", "Keies", true)]
    [InlineData("Key", "Kies", false)]
    [InlineData("Ip", "IpAddresses", false)]
    public void A_list_is_its_item_with_a_plural_or_collection_suffix(string item, string list, bool singular)
    {
        Assert.Equal(singular, ItemNames.IsSingularOf(item, list));
        Assert.Equal(singular, Joined(item, list));
    }

    // What IsSingularOf compared before it read in place: the item with each suffix, as one string.
    private static bool Joined(string item, string list) =>
        new[] { "s", "es", "List", "Set" }.Any(suffix => string.Equals(item + suffix, list, StringComparison.OrdinalIgnoreCase))
        || (item.EndsWith("y", StringComparison.OrdinalIgnoreCase) && string.Equals(item.Substring(0, item.Length - 1) + "ies", list, StringComparison.OrdinalIgnoreCase));
}
