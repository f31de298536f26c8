import Platform

/// A rule's words, folded once for a search. A class: a binding holds its
/// rule, and bindings are made sentence by sentence.
final class CompiledRule: Sendable {
    let rule: FindingRule
    let names: [PhrasePattern]
    let verbs: [PhrasePattern]
    let context: [PhrasePattern]
    let exclude: [PhrasePattern]
    /// For each exclusion, the marks folding drops from its words (``ToneMarks``), or nil where
    /// they are not compared (a name with a gap or comma, or in ASCII): `đất` excludes no `đạt`.
    let excludeMarks: [[UInt8]?]
    let unless: [PhrasePattern]
    let sections: [FoldedText]
    /// The names and verbs together: the patterns a rule's candidate sentences are looked up by.
    let namesAndVerbs: [PhrasePattern]
    /// The exclusions a name stands in (`xuất, nhập khẩu` holds `nhập khẩu`):
    /// where one stands in a sentence, the name inside it names something else.
    let namingExclusions: [PhrasePattern]
    /// The labels of the names with a colon (`du lịch` of `du lịch: doanh thu`), and those names without them:
    /// a section's title may give the label (``RuleMatcher``). Empty for most rules.
    let leads: [[UInt8]]
    let unlabelledNames: [PhrasePattern]
    /// For a rule that counts its value in parts (``PartsSum``), the rules that find each part, the
    /// longer names first: its name right after the number, else as its verb right before it. Empty for most rules.
    let parts: [(named: CompiledRule, told: CompiledRule)]
    /// The parts' names, for a list of them between a number and a name after it (``SentenceBinding``). Empty for most rules.
    let partNames: [PhrasePattern]
    /// For a rule with parts whose exclusions hold a word of a part's name, the rule without those
    /// words (``RuleMatcher/partCounted(_:report:)``); nil for any other.
    let partsLoosened: CompiledRule?
    /// For a rule with narrower words (``FindingRule/narrower``), the rule that excludes them, which
    /// is asked first (``RuleMatcher``); nil for any other.
    let narrowed: CompiledRule?

    init(_ rule: FindingRule) {
        self.rule = rule
        names = rule.names.map(PhrasePattern.of).filter { !$0.isEmpty }
        verbs = rule.verbs.map(PhrasePattern.of).filter { !$0.isEmpty }
        context = rule.context.map(PhrasePattern.of).filter { !$0.isEmpty }
        let exclusions = rule.exclude.map { ($0, PhrasePattern.of($0)) }.filter { !$0.1.isEmpty }
        exclude = exclusions.map(\.1)
        // An exclusion in ASCII (`CPI`, `BHYT`) has no marks to tell it from another word.
        excludeMarks = exclusions.map { text, pattern in
            pattern.isSingleRun && !text.utf8.allSatisfy({ $0 < 0x80 })
                ? ToneMarks.signature(of: text.trimmingWhitespace().unicodeScalars) : nil
        }
        unless = rule.unless.map(PhrasePattern.of).filter { !$0.isEmpty }
        sections = rule.sections.map { FoldedText(folding: $0) }
        namesAndVerbs = names + verbs
        leads = names.compactMap(\.lead)
        unlabelledNames = names.filter { $0.lead != nil }.map(\.unlabelled)
        let names = names
        namingExclusions = exclude.filter { exclusion in
            let words = FoldedText(validUTF8: Array(exclusion.pieces.joined(separator: [0x20])))
            return names.contains { $0.isFound(in: words) }
        }
        if rule.narrower.isEmpty {
            narrowed = nil
        } else {
            var whole = rule
            whole.exclude += rule.narrower
            whole.narrower = []
            narrowed = CompiledRule(whole)
        }
        // Made here, once a rule, and not through ``of(_:)``: a lookup hashes every word of a rule.
        guard rule.parts.count >= 2 else {
            parts = []
            partNames = []
            partsLoosened = nil
            return
        }
        let partExclusions = Self.partExclusions(of: rule)
        partNames = rule.parts.map(PhrasePattern.of).filter { !$0.isEmpty }
        parts = rule.parts.sorted(by: { $0.utf8.count > $1.utf8.count }).map { name in
            (CompiledRule(FindingRule([name], exclude: partExclusions, in: rule.part, unit: rule.unit, position: .after)),
             CompiledRule(FindingRule([], verbs: [name], exclude: partExclusions, in: rule.part, unit: rule.unit, position: .before)))
        }
        var loosened = rule
        loosened.exclude = partExclusions
        partsLoosened = partExclusions.count < rule.exclude.count ? CompiledRule(loosened) : nil
    }

    /// Where the parts' names stand within `range` of a sentence, and how many of the parts they name:
    /// a list of two or more names a number as their whole (``SentenceBinding``, ``PartsSum``).
    func partNames(in folded: FoldedText, within range: Range<Int>) -> (found: [Range<Int>], parts: Int) {
        var found: [Range<Int>] = []
        var parts = 0
        for pattern in partNames {
            let inside = pattern.occurrences(in: folded).filter { $0.lowerBound >= range.lowerBound && $0.upperBound <= range.upperBound }
            if !inside.isEmpty { parts += 1 }
            found += inside
        }
        return (found, parts)
    }

    /// For a rule that excludes a term of years (`giai đoạn`: a term's average is no year's figure),
    /// the rule without that exclusion, for a report on the term itself (`5 năm 2021 - 2025`),
    /// whose figures are the term's; nil for any other. Made when a term's report first asks:
    /// every rule is compiled at an import's start, and few exclude a term.
    static func withoutTerm(_ rule: FindingRule) -> CompiledRule? {
        termLoosened.value(for: rule) {
            guard rule.exclude.contains(where: termNames.contains) else { return nil }
            var loosened = rule
            loosened.exclude = rule.exclude.filter { !termNames.contains($0) }
            return CompiledRule(loosened)
        }
    }

    private static let termLoosened = Memo<FindingRule, CompiledRule?>()

    /// The exclusions that name a term of years: `giai đoạn`, `nhiệm kỳ`.
    private static let termNames: Set<String> = ["giai đoạn", "nhiệm kỳ"]

    /// A rule's exclusions but the words its parts' names hold: the medals rule excludes `vàng`
    /// (one kind is not all), yet `huy chương vàng` is one of its parts, and `8 huy chương bạc và
    /// 11 huy chương đồng` holds `bạc` in the phrase of the 11.
    /// (Compared byte for byte, precomposed: a character's search cost more than compiling the rest of the rule.)
    private static func partExclusions(of rule: FindingRule) -> [String] {
        let names = rule.parts.map { $0.lowercased().precomposed }
        return rule.exclude.filter { word in
            let word = word.lowercased().precomposed
            return !names.contains { $0.containsUTF8(word) }
        }
    }

    /// The rule compiled once for every store it is looked for in (a corpus
    /// import resolves the same rules in report after report).
    static func of(_ rule: FindingRule) -> CompiledRule {
        compiled.value(for: rule) { CompiledRule(rule) }
    }

    private static let compiled = Memo<FindingRule, CompiledRule>()
}
