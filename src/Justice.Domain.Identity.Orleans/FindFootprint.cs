namespace Justice.Domain.Identity.Orleans;

/// <summary>
/// What one <see cref="OrleansPersonStore.FetchCandidatesAsync"/> call sends and receives, computed by a
/// <see cref="PartitionPlan"/>: the grain calls of a query and their payload (the values the calls carry, without
/// Orleans' message headers).
/// </summary>
/// <param name="PartitionsAsked">The partition grains asked (those owning a slot of one of the query's keys or one of its name values).</param>
/// <param name="Messages">The messages: a request and a response per partition asked, and per call to the catalog grain (its totals).</param>
/// <param name="RequestBytes">The payload of the requests: 8 bytes per key, 4 per cap, 4 plus the UTF-8 length per name value.</param>
/// <param name="ReplyBytes">The payload of the responses: per key 12 bytes and 8 per record holding it within its cap, per record sent its sequence, id, JSON document (UTF-8) and prepared form, 8 bytes per name count, and the catalog's totals.</param>
/// <param name="RecordsSent">The records sent (a record sent by two partitions counts twice).</param>
public sealed record FindFootprint(int PartitionsAsked, int Messages, long RequestBytes, long ReplyBytes, int RecordsSent);
