import FoundationEssentials
import Facts
import Report
import Platform

/// Applies finding rules to a fact store. Facts are grouped by sentence once;
/// a rule then looks for its phrases in each sentence, in document order.
///
/// A word index narrows the sentences a phrase is looked for in. It is built
/// only once enough rules have been applied to pay for it: a one-shot query
/// resolves one or two indicators, and scanning every sentence for those is
/// cheaper than indexing them all.
public final class RuleMatcher: @unchecked Sendable {
    /// One sentence, folded for matching, and where its facts are in the store.
    struct SentenceGroup: Sendable {
        var folded: FoldedText
        /// The ids of the sentence's facts: the facts of one sentence stand together.
        var factIDs: Range<Int>
    }

    let groups: [SentenceGroup]
    /// The store, whose facts are read only for the sentences a rule's phrase occurs in.
    private let store: FactStore
    /// Section paths folded, for rules limited to sections: folded when first
    /// asked for, since most rules are not (guarded by `lock`).
    private var foldedSections: [TextKey: String] = [:]
    /// A folded word → the groups whose sentence has it, so a phrase is looked
    /// for only where its rarest word occurs. Words are `FoldedWord` integers, not
    /// strings, because building strings for every word was most of a one-shot
    /// query's work; a hash collision of long words only adds a candidate, which
    /// matching then rejects.
    private var groupsByWord: [FoldedWord: [Int]]?
    /// Phrase look-ups so far, guarded by `lock` with the index.
    private var lookups = 0
    private let lock = Lock()
    /// Look-ups answered by scanning before the index is built.
    public static let lookupsBeforeIndex = 8

    public init(store: FactStore) {
        let starts = store.sentenceStarts()
        groups = starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : store.count
            return SentenceGroup(folded: store.foldedSentence(of: starts[index]), factIDs: starts[index]..<end)
        }
        self.store = store
    }

    /// The word index, once look-ups have been many enough to pay for it; nil before.
    private func wordIndex() -> [FoldedWord: [Int]]? {
        lock.lock()
        defer { lock.unlock() }
        if let groupsByWord { return groupsByWord }
        lookups += 1
        guard lookups > Self.lookupsBeforeIndex else { return nil }
        var index: [FoldedWord: [Int]] = [:]
        for (position, group) in groups.enumerated() {
            for word in Self.words(group.folded) where index[word]?.last != position {
                index[word, default: []].append(position)
            }
        }
        groupsByWord = index
        return index
    }

    /// A section path folded, once per path: many sentences share a section.
    private func foldedSection(_ path: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let folded = foldedSections[TextKey(path)] { return folded }
        let folded = TextFolding.fold(path)
        foldedSections[TextKey(path)] = folded
        return folded
    }

    /// The words (runs of letters and digits) of folded text, as integers.
    static func words(_ text: FoldedText) -> [FoldedWord] {
        text.words(includingDigits: true)
    }

    /// The groups that may contain any of `phrases` (each needs all its words), in document order.
    private func candidateGroups(_ phrases: [FoldedText]) -> [Int] {
        // Without the index every sentence is a candidate: matching checks the phrase itself.
        guard let groupsByWord = wordIndex() else { return Array(groups.indices) }
        var positions = Set<Int>()
        for phrase in phrases {
            let words = Self.words(phrase)
            guard !words.isEmpty else { return Array(groups.indices) }
            let lists = words.map { groupsByWord[$0] ?? [] }
            guard let rarest = lists.min(by: { $0.count < $1.count }) else { continue }
            let others = lists.map(Set.init)
            positions.formUnion(rarest.filter { group in others.allSatisfy { $0.contains(group) } })
        }
        return positions.sorted()
    }

    /// The first fact `rule` finds, in document order; `report` limits the search to one report.
    /// Preferring the estimate, a later sentence's estimate wins over an earlier figure.
    public func find(_ rule: FindingRule, report: String? = nil) -> Fact? {
        let phrases = rule.phrases.map { FoldedText(folding: $0) }
        let sections = rule.sections.map { TextFolding.fold($0) }
        var fallback: Fact?
        for position in candidateGroups(phrases) {
            let group = groups[position]
            let first = group.factIDs.lowerBound
            guard report == nil || store.reportName(of: first) == report, isInPart(store.sectionPath(of: first), rule.part),
                  sections.isEmpty || sections.contains(where: { TextFolding.contains(foldedSection(store.sectionPath(of: first)), $0) }),
                  let fact = match(rule, phrases: phrases, in: group) else { continue }
            if rule.preference != .estimate || fact.isEstimate { return fact }
            fallback = fallback ?? fact
        }
        return fallback
    }

    /// The sentences that contain all of `phrases` (folded), in document order.
    public func sentences(containing phrases: [String]) -> [String] {
        let folded = phrases.map { FoldedText(folding: $0) }
        let lists = folded.map { candidateGroups([$0]) }
        // Before the word index exists every list is every group: no sets to intersect.
        let candidates = lists.allSatisfy({ $0.count == groups.count }) ? Array(groups.indices)
            : lists.map(Set.init).reduce(Set(groups.indices)) { $0.intersection($1) }.sorted()
        return candidates.map { groups[$0] }
            .filter { group in folded.allSatisfy { firstOccurrence(of: $0, in: group.folded) != nil } }
            .map { store.sentence(of: $0.factIDs.lowerBound) }
    }

    private func match(_ rule: FindingRule, phrases: [FoldedText], in group: SentenceGroup) -> Fact? {
        // The phrase first, anywhere in the sentence (a phrase after a number may
        // start with punctuation): the sentence's facts are read only where it occurs.
        guard phrases.contains(where: { group.folded.firstIndex(of: $0) != nil }) else { return nil }
        let candidates = store.facts(group.factIDs).filter { rule.unit.accepts($0.unit) }
        guard !candidates.isEmpty else { return nil }
        switch rule.position {
        case .before:
            guard let phraseEndByte = phrases.compactMap({ firstOccurrence(of: $0, in: group.folded)?.upperBound }).min()
            else { return nil }
            // Facts record scalar offsets; the folded text is searched in bytes.
            let phraseEnd = group.folded.scalarOffset(ofByte: phraseEndByte)
            let after = candidates.filter { $0.sentenceOffset >= phraseEnd }
            if rule.preference == .estimate, let estimate = after.first(where: \.isEstimate) { return estimate }
            return after.indices.contains(rule.nth) ? after[rule.nth] : nil
        case .after:
            let matching = candidates.filter { fact in
                let bytes = group.folded.bytes
                var cursor = group.folded.byteOffset(ofScalar: fact.sentenceOffset + fact.text.scalarCount)
                while cursor < bytes.count, bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
                return phrases.contains(where: { group.folded.hasPrefix($0, at: cursor) })
            }
            return matching.indices.contains(rule.nth) ? matching[rule.nth] : nil
        }
    }

    private func isInPart(_ path: String, _ part: ReportPart) -> Bool {
        // On the bytes: `hasPrefix` on Vietnamese text compares Characters, normalising both.
        let name = part.rawValue
        return TextKey.hasPrefix(path, name)
            && (path.utf8.count == name.utf8.count || path.utf8[path.utf8.index(path.utf8.startIndex, offsetBy: name.utf8.count)] == 0x20)
    }

    /// Where `phrase` first stands as whole words, in bytes of `text`.
    private func firstOccurrence(of phrase: FoldedText, in text: FoldedText) -> Range<Int>? {
        var from = 0
        while let start = text.firstIndex(of: phrase, from: from) {
            let end = start + phrase.bytes.count
            if !text.isLetter(before: start) && !text.isLetter(at: end) { return start..<end }
            from = start + 1
        }
        return nil
    }
}
