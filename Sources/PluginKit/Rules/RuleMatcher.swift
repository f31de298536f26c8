import FoundationEssentials
import Platform
import Report
import Facts

/// Applies finding rules to a fact store, sentence by sentence in document
/// order: the facts of a sentence stand together, and each sentence's folded
/// text is searched for a rule's names and verbs, then each number of it is
/// bound to them as ``FindingRule`` says (``SentenceBinding``).
///
/// A word index narrows the sentences a rule is looked for in. It is built
/// only once enough rules have been applied to pay for it: a one-shot query
/// resolves one or two indicators, and scanning every sentence for those is
/// cheaper than indexing them all.
public final class RuleMatcher: @unchecked Sendable {
    /// One sentence, folded for matching, and where its facts are in the store.
    struct SentenceGroup: Sendable {
        var folded: FoldedText
        /// The ids of the sentence's facts: the facts of one sentence stand together.
        var factIDs: Range<Int>
        /// The part of the report the sentence speaks for: a plan's wherever it stands
        /// (``SentenceBinding/isPlanSentence(_:)``), else its first fact's part. Found once, not for each rule.
        var part: ReportPart
    }

    /// The store's sentences, built when a rule is first applied (guarded by
    /// `groupsLock`): a query whose indicators were resolved in an earlier run applies none.
    private var builtGroups: [SentenceGroup]?
    private let groupsLock = Lock()
    /// The store, whose facts are read only for the sentences a rule's words occur in.
    let store: FactStore
    /// Section paths folded, for rules limited to sections or words of context
    /// (guarded by `lock`).
    private var foldedSections: [TextKey: FoldedText] = [:]
    /// Section titles folded, without their numbering, for names with a colon (guarded by `lock`).
    private var sectionTitles: [TextKey: [UInt8]] = [:]
    /// The groups whose sentence has each folded word, so a rule is looked
    /// for only where its words occur.
    private var groupsByWord: WordIndex?
    /// Where each sentence's numbers stand, found once for every rule bound in it.
    let sentenceNumbers = Memo<Int, [SentenceBinding.Number]>()
    /// The scalars of each sentence an exclusion's marks are compared in, read once: reading a
    /// sentence that holds markup rewrites it.
    let sentenceScalars = Memo<Int, [Unicode.Scalar]>()
    /// The list of names and figures each sentence holds (`RespectiveList`), read once for every rule bound in it.
    let sentenceLists = Memo<Int, RespectiveList?>()
    /// The groups holding a share of plan, or a change on last year, that qualifies no figure (guarded by `lock`).
    private var builtAlone: AloneGroups?
    /// The candidate groups of the rule looked for last (guarded by `lock`).
    private var lastCandidates: (rule: ObjectIdentifier, groups: [Int])?
    /// Look-ups so far, guarded by `lock` with the index.
    private var lookups = 0
    private let lock = Lock()
    /// Look-ups answered by scanning before the index is built.
    public static let lookupsBeforeIndex = 8

    /// Look-ups answered by scanning before this matcher builds its index.
    private let scansBeforeIndex: Int
    /// For a matcher that applies every rule (an import), its sentences and their word index, made at
    /// once and never changed: read without a lock, where every rule looked for locked for them.
    private let eager: (groups: [SentenceGroup], index: WordIndex)?

    /// `resolvingAll`: the matcher will apply every rule (a corpus import), so its sentences and
    /// word index are made at once, rather than at the first look-up and after a few.
    public init(store: FactStore, resolvingAll: Bool = false) {
        self.store = store
        scansBeforeIndex = resolvingAll ? 0 : Self.lookupsBeforeIndex
        eager = resolvingAll ? Self.groupsAndIndex(of: store) : nil
    }

    /// The store's sentences in document order, each with its facts.
    var groups: [SentenceGroup] {
        if let eager { return eager.groups }
        groupsLock.lock()
        defer { groupsLock.unlock() }
        if let builtGroups { return builtGroups }
        let built = Self.groups(of: store)
        builtGroups = built
        return built
    }

    /// The sentences of `store` in document order, each with its facts.
    private static func groups(of store: FactStore) -> [SentenceGroup] {
        let starts = store.sentenceStarts()
        return starts.indices.map { index in
            let end = index + 1 < starts.count ? starts[index + 1] : store.count
            let folded = store.foldedSentence(of: starts[index])
            return SentenceGroup(folded: folded, factIDs: starts[index]..<end,
                                 part: SentenceBinding.isPlanSentence(folded) ? .plan : store.part(of: starts[index]))
        }
    }

    /// The sentences of `store` and their word index.
    private static func groupsAndIndex(of store: FactStore) -> (groups: [SentenceGroup], index: WordIndex) {
        let groups = groups(of: store)
        return (groups, index(of: groups))
    }

    /// The word index of `groups`: each folded word, digits' runs too, to the groups it stands in.
    private static func index(of groups: [SentenceGroup]) -> WordIndex {
        WordIndex(count: groups.count) { groups[$0].folded.words(includingDigits: true) }
    }

    // MARK: - Finding

    /// The first fact `rule` finds, in document order; `report` limits the search to one report.
    /// Preferring the estimate, a later sentence's estimate wins over an earlier figure. Where none is
    /// found, a value counted in parts that the rule's exclusions name is (``partCounted(_:report:)``).
    public func find(_ rule: FindingRule, report: String? = nil) -> Fact? {
        find(CompiledRule.of(rule), report: report)
    }

    /// ``find(_:report:)`` of a rule compiled: a rule looked for several ways (its value, share and
    /// change) is compiled, and so looked up by its hash, once.
    func find(_ compiled: CompiledRule, report: String?) -> Fact? {
        let rule = compiled.rule
        let found = find(compiled, report: report, sought: .values) ?? partCounted(rule, report: report)
        // A figure the rule's narrower words name (`… khu vực nông thôn đạt 52,3 triệu đồng`) yields to one they do not,
        // which only a report where the rule finds something may hold.
        if found != nil, let narrowed = compiled.narrowed, let whole = find(narrowed, report: report) { return whole }
        return rule.addsToCount ? found.map(totalRaised) : found
    }

    /// For a count to date, the plan's count added (`Có thêm 2 xã đạt chuẩn
    /// …`) yields to the total its sentence raises the count to (`…, nâng
    /// tổng số lên 16 xã`): the level says more than the change. So does a
    /// count the year recognised (`Năm 2026 có 3 xã được công nhận …, nâng
    /// tổng số lên 7 xã`), where the total is of the same thing, not another's.
    private func totalRaised(by added: Fact) -> Fact {
        let adds = PlanTarget.adds(PlanTarget.wordsBefore(added))
        guard let ids = sentenceFactIDs(of: added), ids.upperBound > added.id + 1 else { return added }
        return store.factsSlice((added.id + 1)..<ids.upperBound).first {
            guard $0.role == .primary, $0.unit == added.unit else { return false }
            let words = PlanTarget.wordsBefore($0)
            return adds ? PlanTarget.raisesTotal(words) : PlanTarget.raisesItsTotal(words)
        } ?? added
    }

    /// The first fact the rule finds of what is `sought`: a value, a change on last year or a share of plan.
    func find(_ compiled: CompiledRule, report: String?, sought: SentenceBinding.Sought) -> Fact? {
        guard compiled.rule.preference == .estimate else {
            return findAll(compiled, report: report, sought: sought, firstOnly: true).first
        }
        let all = findAll(compiled, report: report, sought: sought)
        return all.first { SentenceBinding.isEstimate($0) { store.fact(id: $0) } } ?? all.first
    }

    /// Every fact `rule` finds, in document order (at most one a sentence).
    /// `sought` says whether values, changes on last year or shares of plan are looked for.
    /// A name with a colon finds its label in the title of the sentence's section only where no sentence
    /// finds it in its own words: under `c) Du lịch`, `Tổng doanh thu du lịch đạt 96 tỷ đồng` names the
    /// tourists' revenue before `Doanh thu dịch vụ lưu trú, ăn uống đạt 300 tỷ đồng` does.
    func findAll(_ rule: FindingRule, report: String? = nil, sought: SentenceBinding.Sought = .values, firstOnly: Bool = false) -> [Fact] {
        // Compiled once: a rule is found by its hash, which hashes every name.
        findAll(CompiledRule.of(rule), report: report, sought: sought, firstOnly: firstOnly)
    }

    /// ``findAll(_:report:sought:firstOnly:)`` of a rule compiled.
    func findAll(_ compiled: CompiledRule, report: String? = nil, sought: SentenceBinding.Sought = .values, firstOnly: Bool = false) -> [Fact] {
        let rule = compiled.rule
        let found = findAll(rule, compiled, report: report, sought: sought, firstOnly: firstOnly, titles: nil)
        // (A value only: a change or a share with no figure is looked for where the value was not found, and
        // a section's sentences are many.)
        guard found.isEmpty, sought == .values, !compiled.leads.isEmpty else { return found }
        return findAll(rule, compiled, report: report, sought: sought, firstOnly: firstOnly, titles: compiled.leads)
    }

    /// ``findAll(_:report:sought:firstOnly:)`` in the sentences whose words hold the rule's; with `titles`
    /// (the labels of the rule's names with a colon), only in those of a section a label titles, the label
    /// taken from the title.
    private func findAll(_ rule: FindingRule, _ compiled: CompiledRule, report: String?, sought: SentenceBinding.Sought,
                         firstOnly: Bool, titles: [[UInt8]]?) -> [Fact] {
        let groups = self.groups
        var found: [Fact] = []
        // Few sentences hold a share of plan, or a change, on its own: a search for one reads only those
        // that hold the rule's words too, as a value's does.
        let changes = sought == .changes ? aloneGroups.changes : nil
        let named = titles == nil ? candidateGroups(compiled) : candidateGroups(anyOf: compiled.unlabelledNames)
        let candidates = sought == .shares ? Self.common(aloneGroups.shares, named) : named
        for position in candidates where changes?[position] ?? true {
            guard let fact = match(rule, compiled, at: position, in: groups[position], report: report, sought: sought,
                                   titles: titles) else { continue }
            found.append(fact)
            if firstOnly { break }
        }
        return found
    }

    /// The fact `rule` finds in the sentence at `position`, if it stands in
    /// the rule's part, sections and `report` (or a section `titles` label).
    private func match(_ rule: FindingRule, _ compiled: CompiledRule, at position: Int, in group: SentenceGroup, report: String?,
                       sought: SentenceBinding.Sought, titles: [[UInt8]]?) -> Fact? {
        let first = group.factIDs.lowerBound
        guard report == nil || store.reportName(of: first) == report,
              group.part == rule.part,
              compiled.sections.isEmpty || compiled.sections.contains(where: { foldedSection(of: first).contains($0) })
        else { return nil }
        let title = titles.map { _ in sectionTitle(of: first) }
        if let title, let titles, !titles.contains(where: { PhrasePattern.titleNames($0, title) }) { return nil }
        // A sentence with no number the rule could take is passed over before a binding is made for it.
        let facts = store.factsSlice(group.factIDs)
        guard SentenceBinding.mayTakeAny(of: facts, rule: rule, sought: sought) else { return nil }
        let period = self.period(of: first)
        // In a report on a term of years, a figure of the term (`bình quân giai đoạn …`) is the report's own.
        let compiled = (period.isTerm ? CompiledRule.withoutTerm(rule) : nil) ?? compiled
        // The year's last months (a commune founded in July, reporting at the year's end) give the whole year's figure as theirs.
        let partYear = rule.part == .results && period.isPartOfYear && !period.closesYear
        let binding = SentenceBinding(rule: compiled, folded: group.folded, facts: facts, sought: sought,
                                      numbersKept: (sentenceNumbers, position), partYear: partYear,
                                      wholeYear: rule.part == .results && period.closesYear && !period.isTerm,
                                      sectionTitle: title, scalarsKept: sentenceScalars, listsKept: sentenceLists,
                                      wordsKept: builtWordIndex.map { ($0, position) })
        guard let fact = binding.match(), isAbout(compiled, fact, groupAt: position) else { return nil }
        return fact
    }

    /// Whether `rule` finds `fact` as the value of the sentence it stands in: asked of one sentence, not searched for.
    func finds(_ rule: FindingRule, _ fact: Fact, report: String?) -> Bool {
        let compiled = CompiledRule.of(rule)
        guard let position = groupPosition(of: fact.id) else { return false }
        return match(rule, compiled, at: position, in: groups[position], report: report, sought: .values, titles: nil)?.id == fact.id
    }

    /// The sentences that hold a number standing for a figure the sentence
    /// does not give: a share of plan, or an excess over it, in percent
    /// (`Thu ngân sách đạt 128,4% dự toán`), or a change on last year
    /// (`Thu nội địa giảm 4,2% so với cùng kỳ`), that qualifies none.
    struct AloneGroups {
        /// The groups holding such a share, in order: few, so a search for shares reads only these.
        var shares: [Int] = []
        /// Whether each group holds such a change: a search for changes reads its candidates that do.
        var changes: [Bool] = []
    }

    /// The groups with a share or a change standing alone: found once, in one pass over the facts.
    private var aloneGroups: AloneGroups {
        let groups = self.groups
        lock.lock()
        defer { lock.unlock() }
        if let builtAlone { return builtAlone }
        var found = AloneGroups()
        found.changes.reserveCapacity(groups.count)
        store.facts.withUnsafeBufferPointer { facts in
            for position in groups.indices {
                let ids = groups[position].factIDs
                if ids.contains(where: { SentenceBinding.isShareAlone(facts[$0]) }) { found.shares.append(position) }
                found.changes.append(ids.contains { SentenceBinding.isChangeAlone(facts[$0]) })
            }
        }
        builtAlone = found
        return found
    }

    /// The period the report of the fact `id` covers (its header's).
    private func period(of id: Int) -> ReportPeriod {
        let reports = store.reports
        guard reports.count > 1 else { return reports.first?.header.period ?? .year }
        // Reports hold consecutive ids, in order: a binary search.
        var low = 0, high = reports.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if reports[middle].factIDs.lowerBound <= id { low = middle } else { high = middle - 1 }
        }
        return reports[low].header.period
    }

    /// Whether a fact's sentence, the sentence its footnote hangs on, the
    /// sentence before it in its paragraph or its section has one of the rule's words of context.
    private func isAbout(_ rule: CompiledRule, _ fact: Fact, groupAt position: Int) -> Bool {
        guard !rule.context.isEmpty else { return true }
        let groups = self.groups
        var texts = [groups[position].folded, foldedSection(of: fact.id)]
        if let referrer = fact.referrerSentence { texts.append(FoldedText(folding: referrer)) }
        if position > 0, store.paragraphOfFirstFact(in: groups[position - 1].factIDs) == fact.paragraph {
            texts.append(groups[position - 1].folded)
        }
        return rule.context.contains { pattern in texts.contains { pattern.isFound(in: $0) } }
    }

    /// The sentences that contain all of `phrases` (folded), in document order; `report` limits them to one report.
    public func sentences(containing phrases: [String], report: String? = nil) -> [String] {
        let patterns = phrases.map(PhrasePattern.of)
        let groups = self.groups
        return candidateGroups(words: patterns).map { groups[$0] }
            .filter { group in report == nil || store.reportName(of: group.factIDs.lowerBound) == report }
            .filter { group in patterns.allSatisfy { $0.isFound(in: group.folded) } }
            .map { store.sentence(of: $0.factIDs.lowerBound) }
    }

    // MARK: - Narrowing

    /// The groups that may hold the rule: those with all the words of one of its names or verbs.
    /// The last rule's are kept: a rule with no figure is looked for again, for a change on last year.
    private func candidateGroups(_ rule: CompiledRule) -> [Int] {
        let id = ObjectIdentifier(rule)
        lock.lock()
        let kept = lastCandidates
        lock.unlock()
        if let kept, kept.rule == id { return kept.groups }
        let found = candidateGroups(anyOf: rule.namesAndVerbs)
        lock.lock()
        lastCandidates = (id, found)
        lock.unlock()
        return found
    }

    /// The word index if it is built, asked without counting a look-up.
    private var builtWordIndex: WordIndex? {
        if let eager { return eager.index }
        lock.lock()
        defer { lock.unlock() }
        return groupsByWord
    }

    /// The word index, once look-ups have been many enough to pay for it; nil before.
    func wordIndex() -> WordIndex? {
        if let eager { return eager.index }
        lock.lock()
        defer { lock.unlock() }
        if let groupsByWord { return groupsByWord }
        lookups += 1
        guard lookups > scansBeforeIndex else { return nil }
        let index = Self.index(of: groups)
        groupsByWord = index
        return index
    }

    /// The title of a fact's section, folded, without its numbering (`c Du lịch` → `du lich`), once per path.
    private func sectionTitle(of id: Int) -> [UInt8] {
        let path = store.sectionPath(of: id)
        lock.lock()
        defer { lock.unlock() }
        if let title = sectionTitles[TextKey(path)] { return title }
        var words = FoldedText(folding: SectionPaths.lastLabel(of: path)).bytes.split(separator: 0x20, omittingEmptySubsequences: true)
        // The numbering is the heading's first word: a letter (`c`, `c)`), digits (`1`, `2.1`) or a Roman numeral
        // (`II`), not a word of the title (`kinh tế`, `chi ngân sách`).
        if let first = words.first, words.count > 1,
           first.count == 1 || first.count == 2 && first.last == UInt8(ascii: ")") || first.allSatisfy({ Self.numberingBytes.contains($0) }) {
            words.removeFirst()
        }
        let title = Array(words.joined(separator: [0x20]))
        sectionTitles[TextKey(path)] = title
        return title
    }

    /// The bytes of a section's numbering in a title folded: digits, dots, a closing bracket (`c)`) and the letters of Roman numerals.
    private static let numberingBytes = Set("0123456789.)ivxlcdm".utf8)

    /// A fact's section path folded, once per path: many sentences share a section.
    private func foldedSection(of id: Int) -> FoldedText {
        let path = store.sectionPath(of: id)
        lock.lock()
        defer { lock.unlock() }
        if let folded = foldedSections[TextKey(path)] { return folded }
        let folded = FoldedText(folding: path)
        foldedSections[TextKey(path)] = folded
        return folded
    }
}

extension FactStore {
    /// The paragraph of the first fact of `ids`.
    func paragraphOfFirstFact(in ids: Range<Int>) -> Int? {
        ids.first.flatMap { fact(id: $0)?.paragraph }
    }
}
