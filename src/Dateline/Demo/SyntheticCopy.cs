using System.Text;

namespace Dateline.Demo;

/// <summary>Plausible-looking filler copy for synthetic articles, assembled from our own phrase lists.</summary>
public sealed class SyntheticCopy(Random random)
{
    private static readonly string[] Places =
        ["Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Islamabad", "Peshawar", "Quetta", "Lahore", "Karachi",
         "Tashkent", "Dushanbe", "Bishkek", "Almaty", "Tehran", "Delhi", "Dhaka", "Kathmandu", "Colombo", "Doha"];
    private static readonly string[] Subjects =
        ["Provincial council", "Traders' union", "Health department", "Water authority", "Teachers' association", "Transport ministry",
         "Farmers' cooperative", "City hospital", "Border officials", "Electricity company", "University board", "Relief agencies"];
    private static readonly string[] Actions =
        ["approves plan for", "warns of delays to", "opens talks on", "announces funding for", "suspends work on", "reports progress on",
         "calls for review of", "completes first phase of", "rejects proposal on", "extends deadline for"];
    private static readonly string[] Objects =
        ["new irrigation canals", "winter fuel supplies", "school reconstruction", "cross-border freight", "clinic staffing",
         "road repairs", "grain storage", "flood defences", "power line upgrades", "market licences", "vaccination drive"];
    private static readonly string[] Sentences =
        ["Officials said the decision followed weeks of consultation with local representatives.",
         "Residents interviewed on Tuesday described the change as overdue but welcome.",
         "The figures, released late on Monday, have not been independently verified.",
         "A spokesperson said further details would be published within the week.",
         "Critics argue the timetable leaves little room for unexpected costs.",
         "The plan is expected to affect several thousand households across the district.",
         "Funding for the first stage has been secured, according to a budget document seen by reporters.",
         "Community elders said they had been consulted only after the announcement.",
         "Engineers warned that winter weather could slow the work considerably.",
         "The measure will be reviewed again at the end of the financial year."];

    public (string Headline, string Place) Headline()
    {
        var place = Pick(Places);
        return ($"{place}: {Pick(Subjects)} {Pick(Actions)} {Pick(Objects)}", place);
    }

    public string Standfirst(string place) => $"{Pick(Subjects)} in {place} say the move could change daily life for many residents. {Pick(Sentences)}";

    public string Body(string place)
    {
        var html = new StringBuilder();
        var paragraphs = random.Next(4, 8);
        for (var p = 0; p < paragraphs; p++)
        {
            html.Append("<p>");
            if (p == 0)
            {
                html.Append($"{Pick(Subjects)} in {place} on Monday {Pick(Actions)} {Pick(Objects)}, officials said. ");
            }

            for (var s = random.Next(2, 5); s > 0; s--)
            {
                html.Append(Pick(Sentences)).Append(' ');
            }

            html.Length--;
            html.Append("</p>\n");
        }

        return html.ToString();
    }

    public string Slug(string headline, string run, int index)
    {
        var slug = new StringBuilder(headline.Length);
        foreach (var c in headline.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return $"{slug.ToString().Trim('-')}-{run}{index}";
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
