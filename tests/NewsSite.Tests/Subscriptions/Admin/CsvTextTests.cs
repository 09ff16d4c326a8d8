using NewsSite.Web.Subscriptions.Admin;

namespace NewsSite.Tests.Subscriptions.Admin;

public class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1-555", "'+1-555")]
    [InlineData("-2+3@example.org", "'-2+3@example.org")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("plain@example.org", "plain@example.org")]
    [InlineData("News, Sport", "\"News, Sport\"")]
    public void Cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(string value, string written)
    {
        Assert.Equal(written, CsvText.Cell(value));
    }

    [Fact]
    public void Records_keep_quoted_commas_quotes_and_line_breaks_and_say_which_line_they_start_on()
    {
        var text = "email,note\r\n\"a@example.org\",\"says \"\"hi\"\", twice\"\n\nb@example.org,\"two\nlines\"\nc@example.org,";

        var records = CsvText.Records(text).ToList();

        Assert.Equal([1, 2, 4, 6], records.Select(r => r.Line));
        Assert.Equal(["a@example.org", "says \"hi\", twice"], records[1].Cells);
        Assert.Equal(["b@example.org", "two\nlines"], records[2].Cells);
        Assert.Equal(["c@example.org", ""], records[3].Cells);
    }

    [Fact]
    public void Guarded_cells_read_back_as_they_were_written()
    {
        foreach (var value in (string[])["-2+3@example.org", "=1+1", "'quoted", "plain"])
        {
            var read = CsvText.Records(CsvText.Line([value, "x"])).Single().Cells[0];

            Assert.Equal(value, CsvText.Unguard(read));
        }
    }
}
