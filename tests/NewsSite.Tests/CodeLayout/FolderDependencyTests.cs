using NewsSite.Web.Data;

namespace NewsSite.Tests.CodeLayout;

/// <summary>
/// Holds the site's top-level folders to one direction: a folder may use the folders in the layers
/// below its own, never one beside or above it, so no two features depend on each other in a loop.
/// A new folder has to be placed in a layer here before the suite passes. The README's layout
/// section draws the same picture.
/// </summary>
public sealed class FolderDependencyTests
{
    /// <summary>From the bottom up.</summary>
    private static readonly string[][] Layers =
    [
        ["Infrastructure"],
        ["Slugs", "Markdown", "Audit", "Email"],
        ["SiteSettings", "Media"],
        ["Accounts", "Taxonomy", "Authors", "SitePages"],
        ["Articles", "Subscriptions"],
        ["Search", "Feeds", "Newsletters", "Frame"],
    ];

    /// <summary>
    /// Where the features are put together, so they may use any folder: the start-up code, the
    /// pages, the demo newsroom, and <c>Data</c>, whose <see cref="NewsDbContext"/> lists every
    /// feature's entities and is the one folder every layer may use.
    /// </summary>
    private static readonly string[] Composition = ["Program", "Pages", "DemoContent", "Data"];

    [Fact]
    public void Every_folder_uses_only_the_layers_below_its_own()
    {
        var layerOf = Layers.SelectMany((folders, layer) => folders.Select(folder => (folder, layer))).ToDictionary();
        var wrongWay = CompiledDependencies.BetweenFolders()
            .Where(folder => layerOf.ContainsKey(folder.Key))
            .SelectMany(folder => folder.Value
                .Where(used => used.Key != "Data" && !(layerOf.TryGetValue(used.Key, out var layer) && layer < layerOf[folder.Key]))
                .Select(used => $"{folder.Key} -> {used.Key}: {used.Value}"))
            .ToList();

        Assert.True(wrongWay.Count == 0, "Dependencies against the allowed direction:\n" + string.Join('\n', wrongWay));
    }

    [Fact]
    public void Every_folder_has_its_place()
    {
        var placed = Layers.SelectMany(folders => folders).Concat(Composition).ToHashSet();
        var unplaced = CompiledDependencies.BetweenFolders().Keys.Where(folder => !placed.Contains(folder)).Order().ToList();

        Assert.True(unplaced.Count == 0, "Folders with no layer: " + string.Join(", ", unplaced));
    }

    [Fact]
    public void Page_models_leave_the_database_to_their_features()
    {
        var pagesQuerying = CompiledDependencies.UsersOf(typeof(NewsDbContext))
            .Where(user => user.Folder == "Pages")
            .Select(user => user.User)
            .Order()
            .ToList();

        Assert.True(pagesQuerying.Count == 0, "Page models using NewsDbContext: " + string.Join(", ", pagesQuerying));
    }
}
