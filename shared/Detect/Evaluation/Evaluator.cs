namespace Alerts.Detect.Evaluation;

/// <summary>
/// Scores predictions against a labelled set. Stage, action and count are scored only where gold and
/// prediction agree on the topic (so a topic miss is not counted twice); countries on items both flag;
/// story pairs over items the prediction flags: a pair is positive when both share a gold event_id.
/// </summary>
public static class Evaluator
{
    public static readonly string[] TopicNames = [Topic.PrisonerRelease, Topic.Sanctions];

    public static EvalReport Evaluate(IReadOnlyList<LabelledItem> gold, IReadOnlyList<PredictionLine> predictions)
    {
        var byId = new Dictionary<string, PredictionLine>(StringComparer.Ordinal);
        foreach (var p in predictions) byId[p.Id] = p;
        var perTopic = TopicNames.ToDictionary(t => t, _ => PrecisionRecall.Zero);
        var byLang = new Dictionary<string, PrecisionRecall>();
        var nonEnglish = PrecisionRecall.Zero;
        int hardNegatives = 0, hardNegativeHits = 0, stageHits = 0, stageTotal = 0, actionHits = 0, actionTotal = 0, countHits = 0, countTotal = 0;
        var countries = PrecisionRecall.Zero;
        var errors = new List<EvalError>();
        var flagged = new List<(string Event, string? Story)>();

        foreach (var g in gold)
        {
            var p = byId.GetValueOrDefault(g.Id) ?? new PredictionLine { Id = g.Id };
            var goldTopics = g.Topics ?? [];
            var lang = g.Lang ?? "?";
            var item = PrecisionRecall.Zero;
            foreach (var topic in TopicNames)
            {
                var inGold = goldTopics.Contains(topic);
                var inPred = p.Topics.Contains(topic);
                var score = new PrecisionRecall(inGold && inPred ? 1 : 0, !inGold && inPred ? 1 : 0, inGold && !inPred ? 1 : 0);
                perTopic[topic] += score;
                item += score;
            }
            byLang[lang] = byLang.GetValueOrDefault(lang, PrecisionRecall.Zero) + item;
            if (lang != "en") nonEnglish += item;
            if (item.FalsePositives + item.FalseNegatives > 0)
                errors.Add(new EvalError(g.Id, lang, "topics", string.Join("+", goldTopics), string.Join("+", p.Topics), g.Title));

            if (g.HardNegative)
            {
                hardNegatives++;
                if (p.Topics.Count > 0) hardNegativeHits++;
            }
            if (goldTopics.Contains(Topic.PrisonerRelease) && p.Topics.Contains(Topic.PrisonerRelease))
            {
                stageTotal++;
                if (g.ReleaseStage == p.ReleaseStage) stageHits++;
                else errors.Add(new EvalError(g.Id, lang, "stage", g.ReleaseStage ?? "-", p.ReleaseStage ?? "-", g.Title));
                countTotal++;
                if (g.ReleasedCount == p.ReleasedCount) countHits++;
            }
            if (goldTopics.Contains(Topic.Sanctions) && p.Topics.Contains(Topic.Sanctions))
            {
                actionTotal++;
                if (g.SanctionsAction == p.SanctionsAction) actionHits++;
                else errors.Add(new EvalError(g.Id, lang, "action", g.SanctionsAction ?? "-", p.SanctionsAction ?? "-", g.Title));
            }
            if (goldTopics.Count > 0 && p.Topics.Count > 0)
            {
                var goldSet = (g.Countries ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var predSet = p.Countries.ToHashSet(StringComparer.OrdinalIgnoreCase);
                var tp = goldSet.Count(predSet.Contains);
                countries += new PrecisionRecall(tp, predSet.Count - tp, goldSet.Count - tp);
            }
            if (p.Topics.Count > 0) flagged.Add((g.EventId ?? g.Id, p.StoryId));
        }

        return new EvalReport
        {
            Items = gold.Count,
            PerTopic = perTopic,
            TopicMicro = perTopic.Values.Aggregate(PrecisionRecall.Zero, (a, b) => a + b),
            NonEnglishTopicMicro = nonEnglish,
            TopicMicroByLang = byLang.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value),
            HardNegativeFalsePositives = new Ratio(hardNegativeHits, hardNegatives),
            StageAccuracy = new Ratio(stageHits, stageTotal),
            ActionAccuracy = new Ratio(actionHits, actionTotal),
            CountryMicro = countries,
            CountAccuracy = new Ratio(countHits, countTotal),
            StoryPairs = PairScore(flagged),
            Errors = errors,
        };
    }

    /// <summary>Pairwise clustering score: every pair of flagged items, same event vs same story.</summary>
    public static PrecisionRecall PairScore(IReadOnlyList<(string Event, string? Story)> items)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var sameEvent = items[i].Event == items[j].Event;
                var sameStory = items[i].Story != null && items[i].Story == items[j].Story;
                if (sameEvent && sameStory) tp++;
                else if (sameStory) fp++;
                else if (sameEvent) fn++;
            }
        }
        return new PrecisionRecall(tp, fp, fn);
    }

    /// <summary>
    /// The pairs behind a story score's errors: two items of one gold event in different stories (split), or of
    /// different events in one story (merge). Over the items the prediction flags, as <see cref="PairScore"/>.
    /// </summary>
    public static List<StoryPairError> WrongPairs(IReadOnlyList<LabelledItem> gold, IReadOnlyList<PredictionLine> predictions)
    {
        var byId = new Dictionary<string, PredictionLine>(StringComparer.Ordinal);
        foreach (var p in predictions) byId[p.Id] = p;
        var flagged = gold.Where(g => byId.TryGetValue(g.Id, out var p) && p.Topics.Count > 0).ToList();
        var errors = new List<StoryPairError>();
        for (var i = 0; i < flagged.Count; i++)
        {
            for (var j = i + 1; j < flagged.Count; j++)
            {
                var (a, b) = (flagged[i], flagged[j]);
                var sameEvent = (a.EventId ?? a.Id) == (b.EventId ?? b.Id);
                var story = byId[a.Id].StoryId;
                var sameStory = story != null && story == byId[b.Id].StoryId;
                if (sameEvent != sameStory) errors.Add(new StoryPairError(sameStory ? "merge" : "split", a, b, byId[a.Id], byId[b.Id]));
            }
        }
        return errors;
    }
}

/// <summary>Two items the clusterer put together although their events differ (merge), or apart although they agree (split).</summary>
public sealed record StoryPairError(string Kind, LabelledItem A, LabelledItem B, PredictionLine PredictedA, PredictionLine PredictedB);
