import FoundationEssentials
import Platform
import Report
import Facts

/// Reads, sentence by sentence, what the words around each quantity say: an
/// estimate, an as-of date, a cumulative figure, the report's verdict — and
/// which numbers are comparisons (`đạt 82,7% kế hoạch`) of which other one.
struct QualifierReader {
    /// What has been read about one of the sentence's quantities (the one at
    /// the same index: the quantity itself is not copied, as a copy retains
    /// its unit).
    struct Draft {
        /// Where the quantity ends, for the verdicts that follow it.
        var end: Int
        var role: FactRole = .primary
        /// Index, among the sentence's drafts, of the quantity a comparison qualifies.
        var qualifies: Int?
        var qualifiers: [Qualifier] = []
        /// A change downwards (`giảm 266 đơn`): the fact's value is the change, negative.
        var falls = false
        /// +1 or −1 for a change that may stand alone once the sentence is read (``bareChangeDirection``).
        var bareChange: Int8 = 0

        /// Whether a word has already made the quantity approximate.
        var isApproximate: Bool { qualifiers.contains { if case .approximate = $0 { true } else { false } } }
        /// Whether a verdict has already judged the quantity.
        var hasStatus: Bool { qualifiers.contains { if case .status = $0 { true } else { false } } }
    }

    /// The paragraph: its scalars, folded too, and where its `;` stand.
    let text: DecodedText
    var scalars: [Unicode.Scalar] { text.scalars }
    /// The year the report is of, when its header says: a figure moved from
    /// in an earlier year than the one before is no figure of last year.
    let reportYear: Int?
    /// The headings the paragraph stands under: a figure of a year they name is that section's own
    /// (`I. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NĂM 2025` in a plan for 2026).
    let sectionPath: String
    /// The span the report covers, when its header says: a figure of one of its months or quarters is no figure of it.
    let reportPeriod: ReportPeriod?
    /// The report's place, folded, and its kind (`huyện`), when its header says: a figure of another
    /// place named before it is that place's (`thị trấn Mai Châu` in the report of `huyện Mai Châu` too).
    let reportPlace: [UInt8]?
    /// How high the report's place stands (``level(_:)``), by its kind (`huyện`), when its header says.
    let reportLevel: Int?
    /// The paragraph is in the report's results, where a bare change is the year's.
    let inResults: Bool

    init(_ text: DecodedText, reportYear: Int? = nil, sectionPath: String = "", reportPeriod: ReportPeriod? = nil,
         reportPlace: [UInt8]? = nil, reportPlaceKind: [Unicode.Scalar]? = nil, inResults: Bool = false) {
        self.text = text
        self.inResults = inResults
        self.reportYear = reportYear
        self.sectionPath = sectionPath
        self.reportPeriod = reportPeriod
        self.reportPlace = reportPlace
        reportLevel = reportPlaceKind.map(Self.level)
    }

    /// Reads the qualifiers of the quantities of one sentence, one draft per
    /// quantity, in their order. `references` are the sentence's non-quantity
    /// tokens (dates give `asOf`). `words` is storage reused from sentence to
    /// sentence; it lets go of the paragraph's text when the sentence is read.
    /// The drafts replace what `drafts` held, in its storage (an array a
    /// sentence was one of the ingest's most frequent allocations).
    func read(sentence: Range<Int>, quantities: ArraySlice<ScannedQuantity>, references: ArraySlice<ScannedReference>,
              words: inout SentenceWords, into drafts: inout [Draft]) {
        // Read through a buffer: the slice's indices are the paragraph's, the drafts' the sentence's.
        quantities.withUnsafeBufferPointer {
            read(sentence: sentence, quantities: $0, references: references, words: &words, into: &drafts)
        }
    }

    private func read(sentence: Range<Int>, quantities: UnsafeBufferPointer<ScannedQuantity>,
                      references: ArraySlice<ScannedReference>, words: inout SentenceWords, into drafts: inout [Draft]) {
        drafts.removeAll(keepingCapacity: true)
        drafts.reserveCapacity(quantities.count)
        for index in quantities.indices { drafts.append(Draft(end: quantities[index].end)) }
        let sentenceMarks = text.marks(in: sentence)
        words.read(folded: text.folded, sentence: sentence)
        defer { words.releaseText() }
        // The primaries read so far in the current clause: a comparison never
        // qualifies a number across a `;`.
        var primaries: [Int] = []
        var clauseStart = -1
        // A list of changes after `tương ứng`, `lần lượt`, while its items are read.
        var respective: RespectiveChanges?
        // Last year's figure beside this year's is written only where last year is named (`cùng kỳ`, `năm trước`).
        let namesLastYear = words.mayContain(FoldedPhrase.cungKy.words[0]) || words.mayContain(FoldedWord.truoc)
            || words.mayContain(FoldedWord.ck)
        // Whether the sentence's words name last year, once asked (``namesLastYearAnywhere(_:)``).
        var sentenceNamesLastYear: Bool?
        // So is a comparative (`cao hơn mức tăng …`), a list of changes (`tương ứng`, `lần lượt`) and the year projected
        // (`dự kiến cả năm`): the words' mask says which a sentence may hold.
        // (`giảm tỷ lệ hộ nghèo 0,36%`: a verb before its subject, ``verbOfSubjectLast(_:)``, needs the verb and the subject's words.)
        let mayPutVerbFirst = Self.mayPutVerbFirst(words)
        let mayCompareLevels = words.mayContain(FoldedWord.hon), mayList = Self.mayListChanges(words),
            mayProject = words.mayContain(FoldedWord.kien), mayNameOther = Self.mayNameOtherSubject(words)
        for index in drafts.indices {
            // Fields read in place: `let q = quantities[index]` would copy the quantity.
            let start = quantities[index].start, end = quantities[index].end
            let clause = SentenceSplitter.clause(containing: start, scalars, in: sentence, marks: sentenceMarks)
            if clause.lowerBound != clauseStart {
                clauseStart = clause.lowerBound
                if !goesOnComparing(clause, figureAt: start, end: end, namesLastYear: namesLastYear, words: words) {
                    primaries.removeAll(keepingCapacity: true)
                }
            }
            let leadStart = max(clause.lowerBound, index > 0 ? quantities[index - 1].end : sentence.lowerBound)
            let lead = slashedPlanLead(words.window(leadStart, start), after: index > 0 ? quantities[index - 1].end : nil)
            // `…, trong đó thu tiền sử dụng đất đạt 62% dự toán`: an item on another subject compares nothing before it.
            // (One in brackets leaves the figure before them to what follows the bracket.)
            // So does one naming its subject before its figures in brackets (`…, thu ngân sách (đạt 91,2% dự toán)`).
            let otherMark = index == 0 ? nil
                : (mayNameOther ? opensOtherSubject(lead, after: leadStart, before: start, in: words) : nil)
                    ?? opensNamedBracket(after: leadStart, before: start, in: words)
            let otherSubject = otherMark != nil
            if otherMark == "," { primaries.removeAll(keepingCapacity: true) }
            forgetBracketed(&primaries, for: index, after: index > 0 ? quantities[index - 1].end : leadStart,
                            clause: sentence.lowerBound..<clause.upperBound, quantities: quantities)
            // `giảm 3 vụ (-21,4%)`: the change before, said again in percent.
            if readsRestatedChange(index, lead: lead, clause: clause, quantities: quantities, words: words,
                                   primaries: &primaries, into: &drafts) { continue }
            // The words after the number are read only when the verb or unit may make it a comparison.
            // The verb stands before the word that makes the number approximate (`tăng hơn 22%`).
            // So does the comparison of a change said before its number (`giảm so với cùng kỳ 3 vụ`).
            // So is a comparative's (`thấp hơn cùng kỳ 1,8%`), read as the change it says.
            // A sign alone before it, right after a figure, a label of last year or a mark that opens an item, is
            // its verb: `87 vụ (-9 vụ)`, `(+12,4% so CK)`, `(so với cùng kỳ: -1 vụ, = số người chết, +1 người bị thương)`.
            let labelled = verbOfLabelLast(Self.droppingChangeAdverb(Self.droppingApproximation(lead, quantities[index].approximate)),
                                           before: start)
            let plainLead = mayPutVerbFirst ? verbOfSubjectLast(labelled) : labelled
            let signed = signAsVerb(before: start).flatMap { sign in
                lead.isEmpty || Self.namesOnlyPrevious(lead) || opensItemOnSign(start, after: leadStart) ? sign : nil
            }
            var verbLead = signed ?? (lead.isEmpty ? changeVerbAcrossSlash(at: index, quantities, drafts) ?? lead
                : verbBeforePlanBracket(sharingChangeVerb(
                    Self.comparativeAsChange(Self.droppingComparison(Self.droppingEquivalence(plainLead))), at: index, quantities, drafts),
                    before: start, in: sentence, words: words))
            // `tăng tương ứng 9,5% và 3,1%`: a change's verb before a list, which its later items share.
            followList(&respective, verbLead: &verbLead, lead: lead, at: index, clause: clause, sentence: sentence,
                       primaries: primaries, quantities: quantities, words: words, mayList: mayList)
            let listed = respective?.figures.popFirst()
            // `gấp 1,5 lần so với cùng kỳ`, `bằng 1,2 lần kế hoạch`: a multiple is a share, in percent;
            // `tăng 2,1 lần` is read as `gấp` (a share, not a change of 210%).
            let multiple = Self.isMultiple(quantities[index].unit, verb: verbLead.last)
            if multiple && verbLead.last == .tang { verbLead = ArraySlice(Array(verbLead.dropLast()) + [.gap]) }
            let verb = verbLead.last
            // Last year's figure is read on the words as they stand: `giảm so với năm trước (15 vụ)` names
            // last year's, not a fall of 15.
            // `19 vụ/24 vụ cùng kỳ`: after a slash, followed by last year's name (not after a change's figure: `tăng
            // 2 vụ/3 đối tượng so với cùng kỳ` are two changes).
            let lastYear = namesLastYear && (isLastYearInBrackets(plainLead, before: start,
                                                                  afterLastYears: index > 0 && drafts[index - 1].role == .comparison(.previousValue),
                                                                  mayTakeVerb: quantities[index].unit.dimension != .percent,
                                                                  percentAlone: quantities[index].unit.dimension == .percent && closesClause(after: end))
                || index > 0 && lead.isEmpty && !drafts[index - 1].role.isChange
                    && LastYearAfterSlash.isLastYears(scalars, start: start, end: end, previousEnd: quantities[index - 1].end))
            // `cao hơn mức tăng 6,65% của cùng kỳ năm 2024`, `tăng 7,2% (cùng kỳ tăng 6,5%)`: last year's level, set against this year's.
            let comparedLastYear = !lastYear && (mayCompareLevels && isLastYearsLevelAfterComparative(plainLead, after: end)
                || index > 0 && drafts[index - 1].role == .comparison(.changeOnPrevious) && isLastYearsRiseInBrackets(plainLead, before: start))
            let mayCompare = multiple || quantities[index].unit.dimension == .percent || verb == .tang || verb == .giam
                || verb == .vuot || lastYear || comparedLastYear || Self.endsOnPlan(verbLead) || Self.saysShortfall(verbLead)
            if mayCompare {
                let next = index + 1 < quantities.count ? quantities[index + 1].start : nil
                let tailStop = tailEnd(after: end, sentence: sentence, next: next)
                // An item of a list of shares before its last takes the plan the last names (`bằng 105% và 92% dự toán`).
                let listTail = listed != nil && verb != .tang && verb != .giam && tailStop == next
                    ? respective.map { lastItemTail(of: $0, sentence: sentence, quantities: quantities, words: words) } : nil
                let tail = droppingWholeOfLevel(listTail ?? Self.droppingBound(words.window(end, tailStop)), at: index, primaries: primaries,
                                                quantities: quantities, sentence: sentence, words: words)
                let rest = words.window(end, clause.upperBound)
                // A sentence that opens on `so với cùng kỳ` says so of every clause's change.
                var opening: ArraySlice<FoldedWord> = [], openingStart: Int?
                if verb == .tang || verb == .giam {
                    openingStart = comparisonOpening(in: sentence, before: start, marks: sentenceMarks)
                    opening = Self.droppingChangeAdverb(words.window(openingStart ?? clause.lowerBound, start))
                }
                // `ước đạt 6.930 tỷ đồng, tăng 12,4%`, `còn 4,95% (giảm 1,47%`: a rise or fall in percent
                // right after a level is on last year (of a rate, in points, as `.previous` reads it);
                // so is one in the level's own measure (`xảy ra 11 vụ, giảm 3 vụ`, `86 triệu đồng/năm, tăng 6 triệu
                // đồng`) unless set against a plan.
                // The verb may open the item after the figure's noun (`đón 120 nghìn lượt khách du lịch, tăng 12%`).
                // The words before that comma are another item's (`bằng 51,4% kế hoạch, tăng 9,8%` is no plan's change).
                let opensOwnItem = verbLead.count > 1 && opensItem(verbLead, after: leadStart, before: start, in: words)
                let itemLead = opensOwnItem ? verbLead.suffix(1) : verbLead
                // The level may have its share of plan or its plan between (`11.820 tỷ đồng, bằng 51,4% kế hoạch, tăng 9,8%`,
                // `1.312 tỷ đồng (KH 1.336 tỷ đồng), tăng 7,6%`); an item of a list of changes follows the figure it takes
                // (`… và 41,2 triệu USD, tăng 8% và 5%`).
                let level = listed ?? (index == 0 ? nil : primaries.last == index - 1 ? index - 1
                    : drafts[index - 1].qualifies.flatMap {
                        $0 == primaries.last && (drafts[index - 1].role.isPlanShare || drafts[index - 1].role == .comparison(.target)) ? $0 : nil
                    })
                let followsLevel = (verbLead.count == 1 || opensOwnItem) && level.map { level in
                    quantities[index].unit.dimension == .percent || multiple
                        || quantities[index].unit.isPoints && quantities[level].unit.dimension == .percent
                        || (quantities[index].unit.dimension == quantities[level].unit.dimension
                            || quantities[level].unit.isRate(of: quantities[index].unit)) && !Self.comparesWithPlan(tail)
                } == true
                // `212 tỷ đồng/KH 180 tỷ đồng, đạt 117,8%`, `KH 320 tỷ đồng, ƯTH 341,5 tỷ đồng, đạt 106,7%`,
                // `52,7/55 triệu đồng, đạt 95,8%`: a bare share right after a figure and the plan stated for it
                // is of that plan; so is one said `đạt` of an amount in đồng, no rate (`thu 45.600 trđ, đạt 104%`),
                // and one after `thì` (`so với kế hoạch 500 tỷ đồng thì đạt 104%`), and one alone in brackets that the
                // figure over its plan makes (`2.340 tỷ đồng/KH 2.100 tỷ đồng (111,4%)`).
                let verbAlone = verbLead.count == 1 || verbLead.count == 2 && verbLead.first == Self.thi
                let followsPlan = (verbAlone || namesSlashedWhole(verbLead, at: index, quantities: quantities,
                                                                  after: leadStart, before: start, in: words))
                    && (verb == .dat || verb == .bang) && index > 0
                    && quantities[index - 1].start >= clause.lowerBound
                    && (drafts[index - 1].role == .comparison(.target) && drafts[index - 1].qualifies != nil
                        || drafts[index - 1].role == .primary && (Self.hasTarget(index - 1, in: drafts)
                            || Self.isOverPlan(quantities[index - 1])
                            || verb == .dat && quantities[index - 1].unit.dimension == .money(currency: "VND")))
                    || verbLead.isEmpty && isBracketedShareOfPlan(index, quantities: quantities, drafts: drafts)
                let unit = multiple ? QuantityUnit.percent : quantities[index].unit
                // A goal named in the lead counts only in the number's own item (not before a bracket or comma closed).
                let item = has(itemLead, .mucTieu) || has(itemLead, .chiTieu) ? itemWords(itemLead, after: leadStart, before: start, in: words) : nil
                // Asked of the sentence once, however many shares it lists.
                if verb == .bang && namesLastYear && sentenceNamesLastYear == nil {
                    sentenceNamesLastYear = Self.namesLastYearAnywhere(words.window(sentence.lowerBound, sentence.upperBound))
                }
                let lastYearNamed = verb == .bang && sentenceNamesLastYear == true
                if let kind = lastYear || comparedLastYear ? .previousValue : comparisonKind(lead: itemLead, tail: tail, rest: rest, opening: opening,
                                                                         unit: unit, followsLevel: followsLevel, followsPlan: followsPlan, item: item,
                                                                         lastYearNamed: lastYearNamed)
                    .flatMap({ excessRead($0, index, lead: verbLead, unit: unit, quantities: quantities) })
                    .flatMap({ $0 == .target && namesLaterYear(after: leadStart, before: start, in: references) ? nil : $0 })
                    .flatMap({ $0.isPlanShare && quantities[index].denominator != nil && !multiple ? nil : $0 }) // `71,5%/71% KH`: a rate.
                    .flatMap({ $0.isPlanShare && projectsYear(words.window(index > 0 ? max(clause.lowerBound, quantities[index - 1].end)
                                                                                      : clause.lowerBound, start)) ? nil : $0 })
                    .map({ lastYearsShare(overEarlierYear(sameMonths($0, after: end, before: clause.upperBound, in: references),
                                                          after: end, before: clause.upperBound, in: references),
                                          before: start, clause: clause) }) {
                    let falls = (kind.isChange || kind == .target || kind == .exceedsPlanBy) && verb == .giam
                        || kind == .exceedsPlanBy && (Self.comparedWithPlan(itemLead) == false || Self.saysShortfall(verbLead))
                    // What it compares: the nearest primary before it in its clause that it
                    // can be of (`giảm 266 đơn` is a change of `394 đơn`, not of `339 đề nghị`),
                    // and of several, the one it names alike (`giảm 1 người chết`; last year's by the word
                    // before it too: `(cùng kỳ: 8 vụ, chết 5 người, bị thương 6 người)`).
                    // A target right after a rate of change is that rate's (`tăng 8,2% so với năm 2024 (nghị quyết 8%)`),
                    // and so is last year's rate set against it by a comparative, and a target after that
                    // (`tăng 7,18%, cao hơn mức tăng 6,65% của cùng kỳ năm 2024 nhưng thấp hơn kịch bản (7,6%)`).
                    // (`(giảm 1,74% so đầu năm; KH giảm 1,5%)`: the bracket's items are one clause.)
                    let change = changeBefore(index, in: clause, unit: unit, quantities: quantities, drafts: drafts)
                        ?? (kind == .target ? bracketOpening(clause, before: start).flatMap {
                            changeBefore(index, in: $0..<clause.upperBound, unit: unit, quantities: quantities, drafts: drafts)
                        } : nil)
                    let named = tail.first ?? (lastYear ? verbLead.last : nil)
                    let primary = otherSubject ? nil : (kind.isChange || kind.isPlanShare) && listed != nil ? listed
                        : (kind == .target || comparedLastYear) && change != nil
                        ? change
                        : (kind.isPlanShare || kind.isChange ? figureRestatedBySubject(
                            before: leadStart..<start, unit: unit, clause: clause, at: index, quantities: quantities,
                            drafts: drafts, words: words, sentence: sentence) : nil)
                        ?? self.primary(compared: named, unit: unit, among: kind.isPlanShare
                                        ? withoutOwners(Self.comparable(primaries, by: kind, drafts), quantities: quantities, words: words)
                                        : withoutSharesOfWhole(
                                            continuedPrimaries(kind, opening: openingStart, before: index, drafts: drafts)
                                                ?? primaries, kind: kind, unit: unit, quantities: quantities, words: words),
                                       at: index,
                                       quantities: quantities, words: words, sentence: sentence, tail: tail, item: leadStart..<start)
                            ?? changeOfPlan(kind, unit: unit, before: index, in: clause, quantities: quantities, drafts: drafts)
                            ?? figureAfterShare(kind, index, in: clause, quantities: quantities, words: words)
                            ?? figureAfterTarget(kind, index, in: sentence, quantities: quantities, words: words)
                    // A change, an excess in the figure's own unit (`vượt 333 hộ`), last
                    // year's figure or a share of it said with `bằng` (`Chỉ số giá tiêu dùng bằng
                    // 103,1% so với cùng kỳ`, an index over last year's) is no level of the year,
                    // whatever it qualifies. (`Tốc độ tăng GRDP đạt 7,8% so với cùng kỳ` is the rise itself.)
                    let isNoLevel = kind.isChange || kind == .percentOfPriorPeriod || kind == .percentOfEarlierYear
                        || kind == .percentOfPlanLastYear || kind == .previousValue || kind == .percentOfPrevious && verb == .bang
                        || kind == .exceedsPlanBy && unit.dimension != .percent
                    if primary != nil || isNoLevel {
                        drafts[index].role = .comparison(kind)
                        drafts[index].falls = falls
                    }
                    if let primary {
                        // A figure a later clause names again is the one its further changes are of.
                        if quantities[primary].start < clause.lowerBound, !primaries.contains(primary) { primaries.append(primary) }
                        drafts[index].qualifies = primary
                        let scale: Decimal = multiple ? 100 : 1
                        let value = quantities[index].value * scale, upper = quantities[index].upper.map { $0 * scale }
                        // `giảm 2,1 điểm …, còn 6,85% (KH giảm 2%)`: a plan said as a change, after a level its change
                        // was given, is the plan of that change, not a level of −2%.
                        let planOfChange = kind == .target && (verb == .giam || verb == .tang) && drafts[primary].role == .primary
                            && (Self.hasChange(primary, in: drafts) || Self.isQualified(primary, by: .previousValue, in: drafts))
                        drafts[primary].qualifiers.append(.comparison(planOfChange ? .changeTarget : kind, value: falls ? -value : value,
                                                                      upper: falls ? nil : upper, unit: unit, fact: index))
                        // The plan's change for a change that qualifies a level is that level's too (`(KH giảm 1,2%)`).
                        if kind == .target, drafts[primary].role == .comparison(.changeOnPrevious), let level = drafts[primary].qualifies {
                            drafts[level].qualifiers.append(.comparison(.changeTarget, value: falls ? -value : value,
                                                                        upper: falls ? nil : upper, unit: unit, fact: index))
                        }
                    }
                    // A change of no level keeps what its lead says of it (`GRDP … ước tăng 8,12%` is an estimate).
                    if primary == nil, isNoLevel { readContext(lead: lead, leadRange: leadStart..<start, references: references,
                                                               mayProject: mayProject, into: &drafts[index].qualifiers) }
                    if primary != nil || isNoLevel { continue }
                    // A share of plan, or a target, with nothing to be of is the figure itself
                    // (`Tỷ lệ giải ngân ước đạt 98,2% so với kế hoạch giao`, `Mục tiêu: tăng trưởng 10%`);
                    // a share keeps its role, so that only a rule of shares takes it as its level:
                    // `Tỷ lệ tham gia BHYT đạt 98,1% kế hoạch` does not give the coverage. (A plan
                    // word right before a number states the plan: `8,3%/KH 8%` is a level.)
                    // So is one whose plan's name goes on to more words before the next number
                    // (`đạt 128,4% dự toán xã giao và đạt 245% dự toán tỉnh giao`).
                    if kind.isPlanShare && (tailStop != next || !Self.endsOnPlan(tail)) { drafts[index].role = .comparison(kind) }
                }
            }
            // `tăng 15% so với cùng kỳ, đạt 1.200 tỷ đồng`: the change said first is the level's.
            if readsChangeFirst(index, between: plainLead, clause: clause, quantities: quantities, words: words, into: &drafts),
               primaries.last == index - 1 { primaries.removeLast() }
            if index > 0, let last = primaries.last, last == index - 1 {
                let wholeLead = Self.droppingChangeAdverb(words.window(clause.lowerBound, quantities[last].start))
                let previousLead = mayPutVerbFirst ? verbOfSubjectLast(wholeLead) : wholeLead
                // `từ 6,2% năm 2021 xuống còn 2,1% năm 2025`: each figure may name its year.
                let fromYear = verbLead.first == .nam ? year(after: quantities[last].end, before: start, in: references) : nil
                let moveLead = fromYear != nil ? verbLead.dropFirst() : verbLead
                if Self.movesFrom(lead: moveLead, previousLead: previousLead, quantities[last].unit, to: quantities[index].unit)
                    || Self.startsAndEndsYear(lead: verbLead, previousLead: previousLead, quantities[last].unit, to: quantities[index].unit) {
                    // `giảm từ 4,8% xuống còn 3,5%`, `đầu năm 245 hộ, cuối năm còn 168 hộ`: the first is
                    // where the figure moved from, last year's unless it names a year before that.
                    let toYear = year(after: end, before: index + 1 < quantities.count ? quantities[index + 1].start : sentence.upperBound,
                                      in: references) ?? reportYear
                    let kind: ComparisonKind = fromYear.flatMap { from in toYear.map { from < $0 - 1 } } == true
                        ? .earlierValue : .previousValue
                    primaries.removeLast()
                    drafts[last].role = .comparison(kind)
                    drafts[last].qualifies = index
                    drafts[index].qualifiers = drafts[last].qualifiers.filter { $0.kind != "approximate" }
                    if kind == .earlierValue, let fromYear { drafts[last].qualifiers.append(.asOf("năm \(fromYear)")) }
                    drafts[index].qualifiers.append(.comparison(kind, value: quantities[last].value, upper: nil,
                                                                unit: quantities[last].unit, fact: last))
                    // `giảm 1,86 điểm phần trăm, từ 6,42% xuống còn 4,56%`: the change said before the move is the level's.
                    if readsChangeFirst(index, between: [], clause: clause, quantities: quantities, words: words, into: &drafts),
                       let change = primaries.lastIndex(of: last - 1) { primaries.remove(at: change) }
                } else if Self.changesTo(lead: verbLead, previousLead: previousLead, quantities[last].unit, to: quantities[index].unit) {
                    // `giảm 1,5%, còn 3,2%`: the first is the change that brought the figure to the second.
                    primaries.removeLast()
                    let falls = previousLead.last == .giam, value = quantities[last].value
                    drafts[last].role = .comparison(.changeOnPrevious)
                    drafts[last].qualifies = index
                    drafts[last].falls = falls
                    drafts[index].qualifiers.append(.comparison(.changeOnPrevious, value: falls ? -value : value, upper: nil,
                                                                unit: quantities[last].unit, fact: last))
                }
            }
            drafts[index].bareChange = bareChangeDirection(index, lead: plainLead, restatesSubject: plainLead != labelled,
                                                           clause: clause, sentence: sentence, quantities: quantities,
                                                           primaries: primaries, drafts: drafts, words: words)
            // `41.200 tỷ đồng, bằng 41,8% GRDP, tăng 11,3%`: a share of the economy's product is said of the
            // figure before it, and the change after it is that figure's.
            if !isShareOfProduct(index, verb: verb, quantities: quantities, sentence: sentence, words: words) { primaries.append(index) }
            // A level below zero (`đạt -1,2%`, `âm 1,2%`), its sign no change verb's.
            if signed == nil, drafts[index].role == .primary, isBelowZero(start, after: leadStart) { drafts[index].falls = true }
            readContext(lead: lead, leadRange: leadStart..<start, references: references, mayProject: mayProject,
                        into: &drafts[index].qualifiers)
            if let word = quantities[index].approximate { drafts[index].qualifiers.append(.approximate(word)) }
        }
        // A comparison is as approximate as its words make it (`tăng hơn 22%`, `gấp gần 2 lần`): what is
        // derived from it is no more exact.
        for index in drafts.indices where !drafts[index].isApproximate {
            if let word = quantities[index].approximate { drafts[index].qualifiers.append(.approximate(word)) }
        }
        readWholeSentence(sentence, quantities: quantities, references: references, marks: sentenceMarks, words: words,
                          into: &drafts)
    }

    // MARK: - Comparisons

    /// The rate of change in `unit` right before the number at `index` in its
    /// clause, or past what qualifies that change (last year's rate set beside
    /// it, its share of plan: `giảm 2,8% so với cùng kỳ, bằng 112% kế hoạch`); nil if none.
    private func changeBefore(_ index: Int, in clause: Range<Int>, unit: QuantityUnit,
                              quantities: UnsafeBufferPointer<ScannedQuantity>, drafts: [Draft]) -> Int? {
        guard index > 0 else { return nil }
        let change = drafts[index - 1].role == .comparison(.changeOnPrevious) ? index - 1 : drafts[index - 1].qualifies
        guard let change, change >= index - 2, quantities[change].start >= clause.lowerBound, quantities[change].unit == unit,
              drafts[change].role == .comparison(.changeOnPrevious) else { return nil }
        return change
    }
}
