import Facts

/// The sentence of a fact found, for a rule that may count its value in parts.
extension RuleMatcher {
    /// The value `found` stands for under `rule`, and its parts: the sum of
    /// the parts its sentence counts it in (``PartsSum``), else `found` itself with none.
    func summingParts(_ found: Fact?, rule: FindingRule) -> (value: Fact?, parts: [Fact]) {
        guard let found, rule.parts.count >= 2, let ids = sentenceFactIDs(of: found) else { return (found, []) }
        let summed = PartsSum(rule: rule).parts(of: found, among: store.factsSlice(ids), folded: store.foldedSentence(of: ids.lowerBound))
        guard let summed, let value = PartsSum.sum(of: summed) else { return (found, []) }
        return (value, summed)
    }

    /// The ids of the facts of `fact`'s sentence, from the store's sentence starts.
    func sentenceFactIDs(of fact: Fact) -> Range<Int>? {
        let starts = store.sentenceStarts()
        // The last sentence start at or before the fact: its sentence's facts run to the next start.
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= fact.id { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        return starts[low - 1]..<(low < starts.count ? starts[low] : store.count)
    }
}
