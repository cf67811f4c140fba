using System.Globalization;
using System.Text;

namespace PaperSite.Bench.ArchiveGenerator;

/// <summary>
/// Makes paper number <c>index</c> of the archive from its own random stream, so papers can be made
/// in any order, in parallel, and come out the same. Proportions follow a Daily Papers listing:
/// most papers have an arXiv id, few upvotes and a handful of authors.
/// </summary>
internal sealed class PaperFactory(int seed, DatePlan plan, bool longAbstracts = false)
{
    private const int MaxAuthors = 8;
    private const int MaxTagsPerPaper = 5;
    private const int MaxUpvotes = 300;

    // s = 1.1 puts a few thousand papers on the top tags at N = 20,000 and a handful on the last ones.
    private static readonly ZipfSampler TagRanks = new(TagVocabulary.Tags.Count, 1.1);

    public SyntheticPaper Create(int index)
    {
        var random = Prng.For(seed, RandomStreams.Paper, index);
        var date = plan.DateOf(index);
        var title = TitleWriter.Write(random);
        var arxiv = random.Chance(0.75) ? ArxivId(date, plan.NumberInMonth(index)) : null;
        var links = Links(random, title);
        var authors = Authors(random);
        return new SyntheticPaper
        {
            Id = arxiv ?? $"{Slug(title)}-{index.ToString(CultureInfo.InvariantCulture)}",
            Title = title,
            Date = date,
            Abstract = AbstractWriter.Write(random, title, links.FirstOrDefault(l => l.Name == "code")?.Url, longAbstracts),
            ArxivId = arxiv,
            Authors = authors,
            AuthorCount = authors.Count == 0 && random.Chance(0.5) ? random.Between(1, 20) : null,
            Organization = random.Chance(0.3) ? random.Pick(Vocabulary.Organizations) : null,
            Tags = Tags(random),
            // Cubed: most papers get a few upvotes, a few get hundreds.
            Upvotes = (int)(Math.Pow(random.NextDouble(), 3) * (MaxUpvotes + 1)),
            Links = links,
            Doi = random.Chance(0.1) ? (arxiv is null ? $"10.{random.Between(1000, 99999)}/{Slug(title)}" : $"10.48550/arXiv.{arxiv}") : null,
            Published = random.Chance(0.3) ? date.AddDays(-random.Between(1, 10)) : null,
            SubmittedBy = random.Chance(0.5) ? random.Pick(Vocabulary.Handles) : null,
        };
    }

    /// <summary>New-style arXiv id: yymm, then 4 digits before 2015 and 5 from then on.</summary>
    private static string ArxivId(DateOnly date, int number)
    {
        var yearMonth = ((date.Year % 100) * 100) + date.Month;
        var digits = date.Year >= 2015 ? "D5" : "D4";
        return $"{yearMonth.ToString("D4", CultureInfo.InvariantCulture)}.{number.ToString(digits, CultureInfo.InvariantCulture)}";
    }

    private static List<SyntheticAuthor> Authors(Prng random)
    {
        var count = random.Chance(0.15) ? 0 : random.Between(1, MaxAuthors);
        var authors = new List<SyntheticAuthor>(count);
        for (var i = 0; i < count; i++)
        {
            var name = $"{random.Pick(Vocabulary.FirstNames)} {random.Pick(Vocabulary.Surnames)}";
            var detailed = random.Chance(0.3);
            authors.Add(new SyntheticAuthor(
                name,
                detailed ? random.Pick(Vocabulary.Affiliations) : null,
                detailed && random.Chance(0.3) ? Orcid(random) : null));
        }

        return authors;
    }

    private static List<string> Tags(Prng random)
    {
        var wanted = random.Between(1, MaxTagsPerPaper);
        var chosen = new List<string>(wanted);
        var ranks = new HashSet<int>();
        // Bounded: the tail is long enough that distinct draws come quickly, but never loop forever.
        for (var attempt = 0; chosen.Count < wanted && attempt < 50; attempt++)
        {
            var rank = TagRanks.Sample(random);
            if (ranks.Add(rank))
            {
                chosen.Add(TagVocabulary.Spell(TagVocabulary.Tags[rank], random));
            }
        }

        return chosen;
    }

    private static List<SyntheticLink> Links(Prng random, string title)
    {
        var links = new List<SyntheticLink>(3);
        var owner = random.Pick(Vocabulary.Handles);
        var repository = Slug(title).Split('-')[0];
        if (random.Chance(0.4))
        {
            links.Add(new SyntheticLink("code", $"https://github.com/{owner}/{repository}"));
        }

        if (random.Chance(0.2))
        {
            links.Add(new SyntheticLink("project", $"https://{owner}.github.io/{repository}/"));
        }

        if (random.Chance(0.1))
        {
            links.Add(new SyntheticLink("models", $"https://huggingface.co/{owner}/{repository}"));
        }

        return links;
    }

    /// <summary>The first words of the title as a lowercase ASCII slug, for ids of papers without an arXiv id.</summary>
    private static string Slug(string title)
    {
        var words = title.ToLowerInvariant()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsAsciiLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0)
            .Take(5);
        var slug = string.Join('-', words);
        return slug.Length > 0 ? slug : "paper";
    }

    /// <summary>A well-formed ORCID iD, check digit included (ISO 7064 11,2).</summary>
    private static string Orcid(Prng random)
    {
        var digits = new StringBuilder(19);
        var total = 0;
        for (var i = 0; i < 15; i++)
        {
            var digit = random.Next(10);
            total = (total + digit) * 2;
            digits.Append((char)('0' + digit));
        }

        var check = (12 - (total % 11)) % 11;
        digits.Append(check == 10 ? 'X' : (char)('0' + check));
        for (var at = 4; at < digits.Length; at += 5)
        {
            digits.Insert(at, '-');
        }

        return digits.ToString();
    }
}
