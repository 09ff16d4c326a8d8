using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NewsSite.Web.Markdown;

/// <summary>
/// Pipe tables mark column alignment (|:--|--:|) with inline style attributes, which the sanitizer does not allow.
/// Figures in a results table still need to line up, so the alignment becomes a class the site's CSS styles.
/// </summary>
internal static class TableAlignmentClasses
{
    public const string Left = "align-left";
    public const string Center = "align-center";
    public const string Right = "align-right";

    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                for (var position = 0; position < row.Count; position++)
                {
                    var cell = (TableCell)row[position];
                    // Pipe tables leave ColumnIndex unset; a cell's column is then its position in the row.
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : position;
                    if (column < table.ColumnDefinitions.Count && ClassFor(table.ColumnDefinitions[column].Alignment) is { } alignmentClass)
                    {
                        cell.GetAttributes().AddClass(alignmentClass);
                    }
                }
            }

            // Without an alignment the renderer writes no style attribute.
            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }

    private static string? ClassFor(TableColumnAlign? alignment) => alignment switch
    {
        TableColumnAlign.Left => Left,
        TableColumnAlign.Center => Center,
        TableColumnAlign.Right => Right,
        _ => null,
    };
}
