namespace Dateline.Tests.Editions;

/// <summary>The whole demo newsroom: the English site at the root and the Dari edition at /fa/.</summary>
public sealed class TwoEditionSite : AppFixture
{
    protected override bool DemoEditions => true;
}

[CollectionDefinition(Name)]
public sealed class TwoEditionSiteCollection : ICollectionFixture<TwoEditionSite>
{
    public const string Name = "two-edition demo site";
}
