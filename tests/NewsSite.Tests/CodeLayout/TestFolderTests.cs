namespace NewsSite.Tests.CodeLayout;

/// <summary>
/// The tests' folders mirror the site's: the tests of <c>src/NewsSite.Web/Articles/Workflow</c>
/// are in <c>tests/NewsSite.Tests/Articles/Workflow</c>, so whoever changes a folder finds its tests
/// at the same path. Only this folder, which tests the layout itself, has no twin in the site.
/// </summary>
public sealed class TestFolderTests
{
    [Fact]
    public void Every_test_folder_names_a_folder_of_the_site()
    {
        var siteFolders = FoldersOf(typeof(Program).Assembly, "NewsSite.Web");
        var strays = FoldersOf(typeof(TestFolderTests).Assembly, "NewsSite.Tests")
            .Where(folder => folder != nameof(CodeLayout) && !siteFolders.Contains(folder))
            .Order()
            .ToList();

        Assert.True(strays.Count == 0, "Test folders with no folder of that name in the site: " + string.Join(", ", strays));
    }

    /// <summary>The folders, as namespaces below <paramref name="root"/> ("Articles.Workflow"), that hold a type of the assembly.</summary>
    private static HashSet<string> FoldersOf(System.Reflection.Assembly assembly, string root) =>
        assembly.GetTypes()
            .Select(type => type.Namespace)
            .OfType<string>()
            .Where(space => space.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(space => space[(root.Length + 1)..])
            .ToHashSet();
}
