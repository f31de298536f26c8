import Platform
import Report
import Facts

/// What the words leading to a figure say of it besides comparisons: an
/// estimate, a date it was counted to, a cumulative figure, and another place
/// it is of than the report's.
extension QualifierReader {
    /// Whether the words between a share of plan and the figure before it project the whole year in a
    /// report on part of it (`…; ước cả năm giải ngân 100% kế hoạch`): the share is of the projection,
    /// not of the period's figure before it (`ước cả năm đạt 195 tỷ đồng, bằng 108%` keeps its figure).
    func projectsYear(_ clauseWords: ArraySlice<FoldedWord>) -> Bool {
        reportPeriod?.isPartOfYear == true && (has(clauseWords, .caNam) || has(clauseWords, .hetNam))
    }

    /// Estimate (`ước`, or the year projected: `dự kiến cả năm`), as-of date and cumulative, from the words leading to a primary
    /// quantity: appended to its qualifiers (most quantities have none, and
    /// then nothing is allocated).
    /// `mayProject`: the sentence may say `dự kiến` (its words' mask answers).
    func readContext(lead: ArraySlice<FoldedWord>, leadRange: Range<Int>, references: ArraySlice<ScannedReference>,
                     mayProject: Bool = false, into qualifiers: inout [Qualifier]) {
        // `dự kiến cả năm đạt 118 tỷ đồng`, `dự kiến đến hết năm …`, `… hết niên độ` (the budget's year), `dự kiến
        // đến 31/01/2027 giải ngân 100%` in a report on 2026: the year's projection is its estimate.
        if lead.contains(.uoc) || mayProject && has(lead, .duKien)
            && (has(lead, .caNam) || has(lead, .hetNam) || has(lead, .hetNienDo) || datesLaterYear(references, in: leadRange)) {
            qualifiers.append(.estimate)
        }
        // `lũy kế 11 tháng thu …`, `từ đầu năm đến nay xảy ra …`: counted from the year's start.
        if has(lead, .luyKe) || has(lead, .tuDauNam) { qualifiers.append(.cumulative) }
        // The references in the lead, in one pass: most figures have none.
        for reference in references where leadRange.contains(reference.start) {
            if reference.kind == .period {
                // `Doanh thu du lịch 10 tháng đạt 96 tỷ đồng` in a report on the year: counted over its first
                // months, as of them (an estimate of the whole year, if the report gives one, comes first).
                // Not a span set against (`tăng 07 dự án so với 06 tháng đầu năm): …`), nor one a bracket or
                // label closes before the figure.
                guard reportPeriod == .year, let months = leadingMonths(reference), months < 12,
                      !scalars[reference.end..<leadRange.upperBound].contains(where: { $0 == "(" || $0 == ")" || $0 == ":" })
                else { continue }
                let before = ScalarText.wordRangesBefore(scalars, reference.start, count: 1).first.map { FoldedWord(scalars: text.folded[$0]) }
                guard before != FoldedWord.voi, before != FoldedWord.so else { continue }
                qualifiers.append(.asOf("trong " + String(String.UnicodeScalarView(scalars[reference.start..<reference.end]))))
            } else if reference.kind == .date {
                // `đến 30/9`, `đến ngày 30/9`, `hết ngày 15/11`, `đến hết tháng 11`: the words before the date,
                // nearest first, packed from the folded text where they stand (no strings built).
                var before = ScalarText.wordRangesBefore(scalars, reference.start, count: 3).map { FoldedWord(scalars: text.folded[$0]) }[...]
                let month = before.first == .thang
                if month { before = before.dropFirst() }
                let bound = before.first == .ngay ? before.dropFirst().first : before.first
                if bound == .den || bound == .het {
                    let date = String(String.UnicodeScalarView(scalars[reference.start..<reference.end]))
                    qualifiers.append(.asOf(month ? "tháng " + date : date))
                }
            }
        }
    }

    /// Whether a date in `range` (`31/01/2027`) falls in a year after the report's: a time yet to come.
    private func datesLaterYear(_ references: ArraySlice<ScannedReference>, in range: Range<Int>) -> Bool {
        guard let reportYear else { return false }
        return references.contains { reference in
            guard reference.kind == .date, range.contains(reference.start), reference.end - reference.start >= 8 else { return false }
            let year = scalars[(reference.end - 4)..<reference.end]
            return scalars[reference.end - 5] == "/" && year.allSatisfy(ScalarText.isDigit) && ScalarText.integer(year) > reportYear
        }
    }

    /// The count of months a period reference opens on (`10` of `10 tháng`, `6 tháng đầu năm`).
    private func leadingMonths(_ reference: ScannedReference) -> Int? {
        var end = reference.start
        while end < reference.end, ScalarText.isDigit(scalars[end]) { end += 1 }
        return (1...2).contains(end - reference.start) ? ScalarText.integer(scalars[reference.start..<end]) : nil
    }

    /// `riêng xã Chiềng Châu đón 410.000 lượt khách`, `Xã Tân Thành thu ngân
    /// sách đạt 12,4 tỷ đồng` in a district's report: a figure whose phrase
    /// (back to the punctuation or the number before it) names a place before
    /// it — a kind of place (`xã`, `phường`, `huyện`, `thị trấn` …) then its
    /// name in capitals — other than the report's is that place's; so is one
    /// in brackets right after the place (`huyện Lâm Bình (đạt 86,4%)`). It keeps
    /// the place (`.ofPlace`), and no indicator of the report takes it. A
    /// comparison that qualifies a figure is that figure's; one that qualifies
    /// none is read alike (`xã Tân Thành đạt cao nhất với 186% dự toán`). A
    /// place before `và` is the subject of what that joins, and one after
    /// `tại` says where, not whose (`tại thành phố Hải Phòng đạt 2 giải`). A
    /// place that opens its clause, or follows `riêng`, is the subject of all
    /// the clause's figures (`Xã Bình Lương dẫn đầu về du lịch: đón 41.600 lượt
    /// khách, doanh thu 28,5 tỷ đồng`), up to one said of the whole (`toàn
    /// huyện`, `cả huyện`, `tính chung`).
    func markOtherPlaces(_ quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>, words: borrowing SentenceWords,
                         clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard reportPlace != nil, namesPlace(words) else { return }
        // The clause last asked for and the place opening it, if any: a clause's figures ask once.
        var opening: (clause: Range<Int>, place: Place?)?
        for index in drafts.indices where drafts[index].qualifies == nil {
            let start = quantities[index].start
            let lower = index > 0 ? max(sentence.lowerBound, quantities[index - 1].end) : sentence.lowerBound
            var phrase = start
            while phrase > lower, !Self.endsPhrase(scalars[phrase - 1]) { phrase -= 1 }
            if var place = namedPlace(in: phrase..<start) ?? placeBeforeBracket(opening: phrase, after: lower) {
                // `xã Hoàng Đồng đạt … và xét công nhận 03 thôn`: a place before `và` is the subject of what it joins.
                if let and = lastWord(Self.and, in: place.end..<start) {
                    guard let later = namedPlace(in: and..<start) else { continue }
                    place = later
                }
                if let named = otherPlace(place) { drafts[index].qualifiers.append(.ofPlace(named)) }
                continue
            }
            // A place opening the clause, or after `riêng`, is the subject of its figures, up to one of the whole
            // and not past `và`, which may join another subject's.
            if opening.map({ !$0.clause.contains(start) }) ?? true {
                let clause = clauseOf(start)
                let place = namedPlace(in: clause.lowerBound..<min(start, clause.upperBound))
                opening = (clause, place.flatMap { $0.opens || $0.afterRieng ? $0 : nil })
            }
            guard let place = opening?.place, place.end <= phrase, lastWord(Self.and, in: place.end..<start) == nil,
                  !Self.saysWhole(FoldedWord.words(text.folded[place.end..<start])),
                  let named = otherPlace(place) else { continue }
            drafts[index].qualifiers.append(.ofPlace(named))
        }
    }

    /// Whether the sentence may name a place: a capitalised word right after a
    /// word that ends a kind of place. Few sentences do, and the rest are
    /// passed over in one look at their words.
    private func namesPlace(_ words: borrowing SentenceWords) -> Bool {
        // The sentence's mask of words answers for most sentences; the words, compared as integers, for the rest.
        // (Each list read once: they are made from ``PlaceKind/all`` at their first use, and each use checks that.)
        guard Self.kindWords.contains(where: words.mayContain) else { return false }
        let list = words.words, starts = words.starts, ends = Self.kindEnds
        // A capitalised word (few are) after a word that ends a kind of place.
        for index in list.indices.dropFirst() where TextFolding.isUppercase(scalars[starts[index]]) {
            if ends.contains(list[index - 1]) { return true }
        }
        return false
    }

    /// The word right before `index`, past spaces only, if it starts at `lower` or after.
    private func wordBefore(_ index: Int, from lower: Int) -> Range<Int>? {
        var end = index
        while end > lower, scalars[end - 1] == " " { end -= 1 }
        var start = end
        while start > lower, ScalarText.isLetter(scalars[start - 1]) { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// The words a kind of place ends with, folded: `xa`, `tran` (of `thị trấn`) …; a list, compared as integers.
    static let kindEnds = FoldedWord.distinct(PlaceKind.all.map { $0.folded.split(separator: " ").last! })

    /// The words a kind of place starts with, folded: `xa`, `thi` (of `thị trấn`) …, for the sentence's mask.
    /// (A commune's first, the kinds sentences name most, so that the first found ends the look.)
    private static let kindWords = FoldedWord.distinct(PlaceKind.all.sorted { ($0.level == 0 ? 9 : $0.level) < ($1.level == 0 ? 9 : $1.level) }
        .map { $0.folded.split(separator: " ").first! })

    /// A place a sentence names: its kind as written in lower case (`xã`), its
    /// name (`Chiềng Châu`), where the kind starts and the name ends, whether
    /// the kind opens the range searched and whether `riêng` stands before it.
    struct Place {
        var kind: String, name: String
        var start: Int, end: Int
        var opens: Bool, afterRieng: Bool
        /// The report's own place: its kind and name are left empty.
        var own: Bool
    }

    /// Where the last `word` of `range` ends, if it stands there.
    private func lastWord(_ word: FoldedWord, in range: Range<Int>) -> Int? {
        guard range.lowerBound < range.upperBound else { return nil }
        var cursor = range.upperBound
        while cursor > range.lowerBound {
            guard let found = ScalarText.wordRangesBefore(scalars, cursor, count: 1).first, found.lowerBound >= range.lowerBound else {
                cursor -= 1
                continue
            }
            if FoldedWord(scalars: text.folded[found]) == word { return found.upperBound }
            cursor = found.lowerBound
        }
        return nil
    }

    /// The place as the report names it (`xã Chiềng Châu`), unless it is the report's own.
    private func otherPlace(_ place: Place) -> String? {
        place.own ? nil : place.kind + " " + place.name
    }

    /// Words that say a figure is of the whole place the report is on: `toàn huyện`, `cả huyện`, `tính chung`,
    /// and a total raised (`thôn Nà Pàn được công nhận …, nâng tổng số thôn kiểu mẫu lên 3 thôn`).
    private static let wholeWords: Set<FoldedWord> = ["toan", "ca", "chung", "nang"]

    /// Whether `words` hold one of ``wholeWords``, `toán` of `dự toán` (the budget's estimate, folded as `toàn`) aside.
    private static func saysWhole(_ words: [FoldedWord]) -> Bool {
        words.indices.contains { index in
            wholeWords.contains(words[index]) && !(words[index] == toan && index > 0 && words[index - 1] == du)
        }
    }

    private static var toan: FoldedWord { "toan" }
    private static var du: FoldedWord { "du" }

    /// `huyện Lâm Bình (đạt 86,4%)`, `thành phố Tuyên Quang (0,9%)`: the place named right before the
    /// bracket a figure's phrase opens, whose figure it gives; so with a rank or verdict between
    /// (`huyện Bình Gia đạt cao nhất (98,7%)`, `xã Tân Lập chưa đạt (91%)`), but no other words.
    private func placeBeforeBracket(opening phrase: Int, after lower: Int) -> Place? {
        guard phrase > lower, scalars[phrase - 1] == "(" else { return nil }
        let bracket = phrase - 1
        var before = bracket
        while before > lower, !Self.endsPhrase(scalars[before - 1]) { before -= 1 }
        guard let place = namedPlace(in: before..<bracket), place.end <= bracket else { return nil }
        if scalars[place.end..<bracket].allSatisfy({ $0 == " " }) { return place }
        let between = FoldedWord.words(text.folded[place.end..<bracket])
        return between.count <= 4 && between.allSatisfy(Self.rankWords.contains) ? place : nil
    }

    /// The words of a rank or a verdict between a place and its figure in brackets: `đạt`, `cao`, `thấp`,
    /// `nhất`, `dẫn đầu`, `đứng đầu`, `chưa`, `không`, `vượt`.
    private static let rankWords: Set<FoldedWord> = ["dat", "cao", "thap", "nhat", "dan", "dung", "dau", "chua", "khong", "vuot"]

    /// Whether a scalar closes a phrase (and an aim's clause, ``markAims(_:words:into:)``): `,` `;` `:` or a bracket.
    static func endsPhrase(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == ";" || scalar == ":" || scalar == "(" || scalar == ")"
    }

    /// The first place `range` names: a kind of place, as written in lower case
    /// (or opening the sentence), and the capitalised words after it. Found from
    /// the capitalised words, which few phrases hold; the report's own place,
    /// the most named, is told apart before any string is made.
    private func namedPlace(in range: Range<Int>) -> Place? {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            defer { cursor += 1 }
            // A capitalised word after a word that ends a kind of place: perhaps a name after its kind.
            guard cursor > range.lowerBound, scalars[cursor - 1] == " ", TextFolding.isUppercase(scalars[cursor]),
                  let last = wordBefore(cursor, from: range.lowerBound) else { continue }
            let lastWord = FoldedWord(scalars: text.folded[last])
            guard Self.kindEnds.contains(lastWord) else { continue }
            var kindRange = last
            if let first = wordBefore(last.lowerBound, from: range.lowerBound),
               Self.twoWordKinds.contains(FoldedWord(scalars: text.folded[first.lowerBound..<last.upperBound])) {
                kindRange = first.lowerBound..<last.upperBound
            } else if !Self.oneWordKinds.contains(lastWord) {
                continue
            }
            // The folding forgets tones: `tính` is no `tỉnh`, `xa` no `xã`.
            guard let kind = Self.kinds.first(where: { $0.elementsEqual(scalars[kindRange].lazy.map(ScalarText.lower)) }) else { continue }
            // The name: up to four capitalised words.
            let nameStart = cursor
            var end = cursor, words = 0
            while words < 4, end < range.upperBound, TextFolding.isUppercase(scalars[end]) {
                while end < range.upperBound, ScalarText.isLetter(scalars[end]) { end += 1 }
                words += 1
                var next = end
                while next < range.upperBound, scalars[next] == " " || scalars[next] == "-" { next += 1 }
                guard next < range.upperBound, TextFolding.isUppercase(scalars[next]) else { break }
                end = next
            }
            // `Tỉnh Ủy`, `Huyện Ủy`: the Party's committee of a place, no place's name.
            let firstName = nameStart..<wordEnd(from: nameStart)
            if Self.committee.contains(FoldedWord(scalars: text.folded[firstName])) { continue }
            // `xã NTM nâng cao`, `các xã ĐBKK`: an abbreviation in capitals after a kind that is not, no name.
            if isAbbreviation(firstName, after: kindRange) { continue }
            let preceding = wordBefore(kindRange.lowerBound, from: range.lowerBound).map { FoldedWord(scalars: text.folded[$0]) }
            // `tại thành phố Hải Phòng đạt 2 giải`: where something was done, not whose the figure is.
            guard preceding != Self.tai else { continue }
            // A place above the report's (`tỉnh Lạng Sơn` in a city's report) names a body or an event after
            // it more often than whose a figure is (`Chi nhánh tỉnh Lạng Sơn`, `giải … tỉnh Lạng Sơn`): no other
            // place. One below it is, even of the report's name (`thị trấn Mai Châu` in `huyện Mai Châu`'s).
            let level = Self.level(kind), reportLevel = self.reportLevel ?? level
            let own = level > reportLevel || level == reportLevel && isReportPlace(nameStart..<end)
            return Place(kind: own ? "" : String(String.UnicodeScalarView(kind)),
                         name: own ? "" : String(String.UnicodeScalarView(scalars[nameStart..<end])),
                         start: kindRange.lowerBound, end: end, opens: preceding == nil, afterRieng: preceding == Self.rieng, own: own)
        }
        return nil
    }

    /// Where the words of a kind of place that start at word `index` end, read folded (`xa`, `thi tran`), or nil
    /// where none starts there. The folding forgets tones: a caller compares the words as written with ``kinds``.
    func kindWordsEnd(at index: Int, _ list: ArraySlice<FoldedWord>, _ starts: ArraySlice<Int>, _ ends: ArraySlice<Int>) -> Int? {
        if index + 1 < list.endIndex, Self.twoWordKinds.contains(FoldedWord(scalars: text.folded[starts[index]..<ends[index + 1]])) {
            return index + 2
        }
        return Self.oneWordKinds.contains(list[index]) ? index + 1 : nil
    }

    /// Whether the word at `range` is an abbreviation (``SyllableShape``): two letters or more, all capitals,
    /// after a kind of place not in capitals, and no syllable's shape folded.
    private func isAbbreviation(_ range: Range<Int>, after kind: Range<Int>) -> Bool {
        range.count >= 2 && scalars[range].allSatisfy(TextFolding.isUppercase)
            && !scalars[kind].allSatisfy(TextFolding.isUppercase) && !SyllableShape.isSyllable(text.folded[range])
    }

    /// Where the word starting at `index` ends.
    private func wordEnd(from index: Int) -> Int {
        var end = index
        while end < scalars.count, ScalarText.isLetter(scalars[end]) { end += 1 }
        return end
    }

    /// Whether the name at `range` is the report's place, in full or in part
    /// (`Phan Rang` of `Phan Rang - Tháp Chàm`), compared folded where it stands.
    func isReportPlace(_ range: Range<Int>) -> Bool {
        guard let reportPlace else { return false }
        if text.folded[range].allSatisfy(\.isASCII) {
            let name = text.folded[range].lazy.map { UInt8(truncatingIfNeeded: $0.value) }
            return reportPlace.starts(with: name) || name.starts(with: reportPlace)
        }
        let name = FoldedText(folding: String(String.UnicodeScalarView(scalars[range]))).bytes
        return reportPlace.starts(with: name) || name.starts(with: reportPlace)
    }

    private static var rieng: FoldedWord { "rieng" }
    private static var tai: FoldedWord { "tai" }
    private static var and: FoldedWord { "va" }
    private static let committee: Set<FoldedWord> = ["uy", "ubnd", "hdnd"]

    /// How high a kind of place stands (``PlaceKind/level``): a province, a city, a district or town, a commune
    /// or ward, a village.
    static func level(_ kind: [Unicode.Scalar]) -> Int {
        for index in kinds.indices where kinds[index] == kind { return PlaceKind.all[index].level }
        return 1
    }

    /// The kinds of place, as reports write them (in ``PlaceKind/all``'s order), and folded, by their words.
    static let kinds: [[Unicode.Scalar]] = PlaceKind.all.map { Array($0.name.unicodeScalars) }
    static let oneWordKinds = Set(PlaceKind.all.lazy.map(\.folded).filter { !$0.contains(" ") }.map { FoldedWord(scalars: $0.unicodeScalars) })
    static let twoWordKinds = Set(PlaceKind.all.lazy.map(\.folded).filter { $0.contains(" ") }.map { FoldedWord(scalars: $0.unicodeScalars) })
}
