using System.Globalization;
using Justice.Domain.Deliberation.Apportionment;

namespace Justice.Samples.Cli;

/// <summary>Parses the <c>--votes NAME=VOTES,NAME=VOTES…</c> option shared by <c>justice seats</c> and <c>justice cav seats</c>.</summary>
internal static class VoteListParser
{
    /// <summary>Parses "A=12,B=7" into lists; each item must be NAME=VOTES with a whole, non-negative count; errors name the item.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The lists, in the order given.</returns>
    public static ListVotes[] Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliUsageException("--votes is empty; expected NAME=VOTES,NAME=VOTES…");
        }

        var lists = new List<ListVotes>();
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i];
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw new CliUsageException("--votes item " + position + " '" + item + "' has no '='; expected NAME=VOTES.");
            }

            var name = item[..equals].Trim();
            var count = item[(equals + 1)..].Trim();
            if (name.Length == 0)
            {
                throw new CliUsageException("--votes item " + position + " '" + item + "' has no list name; every list needs a name.");
            }

            if (!long.TryParse(count, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            {
                throw new CliUsageException("--votes list '" + name + "': '" + count + "' is not a whole number of votes.");
            }

            if (v < 0)
            {
                throw new CliUsageException("--votes list '" + name + "': " + count + " votes is negative; votes are 0 or more.");
            }

            lists.Add(new ListVotes(name, v));
        }

        return lists.ToArray();
    }
}
