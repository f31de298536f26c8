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

    init(_ rule: FindingRule) {
        self.rule = rule
        names = rule.names.map(PhrasePattern.init).filter { !$0.isEmpty }
        verbs = rule.verbs.map(PhrasePattern.init).filter { !$0.isEmpty }
        context = rule.context.map(PhrasePattern.init).filter { !$0.isEmpty }
        let exclusions = rule.exclude.map { ($0, PhrasePattern($0)) }.filter { !$0.1.isEmpty }
        exclude = exclusions.map(\.1)
        // An exclusion in ASCII (`CPI`, `BHYT`) has no marks to tell it from another word.
        excludeMarks = exclusions.map { text, pattern in
            pattern.isSingleRun && !text.utf8.allSatisfy({ $0 < 0x80 })
                ? ToneMarks.signature(of: text.trimmingWhitespace().unicodeScalars) : nil
        }
        unless = rule.unless.map(PhrasePattern.init).filter { !$0.isEmpty }
        sections = rule.sections.map { FoldedText(folding: $0) }
        namesAndVerbs = names + verbs
        leads = names.compactMap(\.lead)
        unlabelledNames = names.filter { $0.lead != nil }.map(\.unlabelled)
        let names = names
        namingExclusions = exclude.filter { exclusion in
            let words = FoldedText(validUTF8: Array(exclusion.pieces.joined(separator: [0x20])))
            return names.contains { $0.isFound(in: words) }
        }
    }

    /// The rule compiled once for every store it is looked for in (a corpus
    /// import resolves the same rules in report after report).
    static func of(_ rule: FindingRule) -> CompiledRule {
        compiled.value(for: rule) { CompiledRule(rule) }
    }

    private static let compiled = Memo<FindingRule, CompiledRule>()
}
