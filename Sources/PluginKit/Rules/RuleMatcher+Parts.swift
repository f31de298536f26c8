import Facts

/// The sentence of a fact found, and a value found, for a rule that may count its value in parts.
extension RuleMatcher {
    /// The value `found` stands for under `rule`, and its parts: the sum of
    /// the parts its sentence counts it in (``PartsSum``), else `found` itself with none.
    func summingParts(_ found: Fact?, rule: FindingRule) -> (value: Fact?, parts: [Fact]) {
        guard let found, rule.parts.count >= 2, let ids = sentenceFactIDs(of: found) else { return (found, []) }
        let summed = PartsSum(rule: rule).parts(of: found, among: store.factsSlice(ids), folded: store.foldedSentence(of: ids.lowerBound))
        guard let summed, let value = PartsSum.sum(of: summed) else { return (found, []) }
        return (value, summed)
    }

    /// For a rule that excludes a word its parts' names hold (`vàng` for all medals, where
    /// `huy chương vàng` is a part), the first number of a sentence that counts the value in two
    /// parts or more (`giành 9 huy chương vàng, 12 huy chương bạc và 17 huy chương đồng`), found by
    /// the rule without those words; nil where no such sentence is, or the rule excludes no such word.
    /// The words still exclude a number alone of one kind (`giành 5 huy chương vàng`); a number of two
    /// kinds or more named together (`28/32 trường mầm non, tiểu học và THCS`) counts them all.
    func partCounted(_ rule: FindingRule, report: String?) -> Fact? {
        guard rule.parts.count >= 2, let loosened = CompiledRule.of(rule).partsLoosened else { return nil }
        return findAll(loosened, report: report).first { summingParts($0, rule: rule).parts.count >= 2 || namesPartsTogether($0, rule: rule) }
    }

    /// Whether `found` counts two of the rule's parts or more named together (``PartsSum/namesPartsTogether(_:among:folded:)``).
    private func namesPartsTogether(_ found: Fact, rule: FindingRule) -> Bool {
        guard let ids = sentenceFactIDs(of: found) else { return false }
        return PartsSum(rule: rule).namesPartsTogether(found, among: store.factsSlice(ids), folded: store.foldedSentence(of: ids.lowerBound))
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
