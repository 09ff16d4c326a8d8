using NewsSite.TestSupport;

namespace NewsSite.Tests.Media;

/// <summary>Small limits, so that oversized uploads can be made quickly.</summary>
public class SmallLimitsMediaFixture : MediaLibraryFixture
{
    protected override void Configure(NewsSiteFactory factory)
    {
        base.Configure(factory);
        factory.Settings["Media:MaxFileSizeMegabytes"] = "1";
        factory.Settings["Media:MaxAnimationMegapixels"] = "1";
    }
}
