import Facts

/// Applies finding rules to a fact store. Facts are grouped by sentence once;
/// a rule then looks for its phrases in each sentence, in document order.
public struct RuleMatcher: Sendable {
    /// The facts of one sentence, with the sentence folded for matching.
    struct SentenceGroup: Sendable {
        var folded: [Unicode.Scalar]
        var facts: [Fact]
    }

    let groups: [SentenceGroup]

    public init(store: FactStore) {
        var groups: [SentenceGroup] = []
        for fact in store.facts {
            if let last = groups.last?.facts.last, last.paragraph == fact.paragraph, last.sentence == fact.sentence,
               last.report == fact.report {
                groups[groups.count - 1].facts.append(fact)
            } else {
                groups.append(SentenceGroup(folded: Array(store.foldedSentence(of: fact.id).unicodeScalars), facts: [fact]))
            }
        }
        self.groups = groups
    }

    /// The first fact `rule` finds, in document order; `report` limits the search to one report.
    public func find(_ rule: FindingRule, report: String? = nil) -> Fact? {
        let phrases = rule.phrases.map { Array(TextFolding.fold($0).unicodeScalars) }
        for group in groups {
            guard let first = group.facts.first, report == nil || first.report == report,
                  isInPart(first.sectionPath, rule.part) else { continue }
            if let fact = match(rule, phrases: phrases, in: group) { return fact }
        }
        return nil
    }

    private func match(_ rule: FindingRule, phrases: [[Unicode.Scalar]], in group: SentenceGroup) -> Fact? {
        let candidates = group.facts.filter { rule.unit.accepts($0.unit) }
        guard !candidates.isEmpty else { return nil }
        switch rule.position {
        case .before:
            guard let phraseEnd = phrases.compactMap({ firstOccurrence(of: $0, in: group.folded)?.upperBound }).min() else { return nil }
            let after = candidates.filter { $0.sentenceOffset >= phraseEnd }
            if rule.preference == .estimate, let estimate = after.first(where: \.isEstimate) { return estimate }
            return after.first
        case .after:
            for fact in candidates {
                var cursor = fact.sentenceOffset + fact.text.unicodeScalars.count
                while cursor < group.folded.count, group.folded[cursor] == " " { cursor += 1 }
                if phrases.contains(where: { startsWith($0, in: group.folded, at: cursor) }) { return fact }
            }
            return nil
        }
    }

    private func isInPart(_ path: String, _ part: ReportPart) -> Bool {
        path == part.rawValue || path.hasPrefix(part.rawValue + " ")
    }

    private func firstOccurrence(of phrase: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !phrase.isEmpty, phrase.count <= text.count else { return nil }
        for start in 0...(text.count - phrase.count) where startsWith(phrase, in: text, at: start) {
            let beforeOK = start == 0 || !text[start - 1].properties.isAlphabetic
            let end = start + phrase.count
            let afterOK = end == text.count || !text[end].properties.isAlphabetic
            if beforeOK && afterOK { return start..<end }
        }
        return nil
    }

    private func startsWith(_ phrase: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
        guard start + phrase.count <= text.count else { return false }
        for (offset, scalar) in phrase.enumerated() where text[start + offset] != scalar { return false }
        return true
    }
}
