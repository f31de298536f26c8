import Platform
import Report
import Facts

/// What the words leading to a figure say of it besides comparisons: an
/// estimate, a date it was counted to, a cumulative figure, and another place
/// it is of than the report's.
extension QualifierReader {
    /// Estimate, as-of date and cumulative, from the words leading to a primary
    /// quantity: appended to its qualifiers (most quantities have none, and
    /// then nothing is allocated).
    func readContext(lead: ArraySlice<FoldedWord>, leadRange: Range<Int>, references: ArraySlice<ScannedReference>,
                     into qualifiers: inout [Qualifier]) {
        if lead.contains(.uoc) { qualifiers.append(.estimate) }
        if has(lead, .luyKe) { qualifiers.append(.cumulative) }
        for reference in references where reference.kind == .date && leadRange.contains(reference.start) {
            // `đến 30/9`, `đến ngày 30/9`: the two words before the date, nearest
            // first, packed from the folded text where they stand (no strings built).
            let before = ScalarText.wordRangesBefore(scalars, reference.start, count: 2).map { FoldedWord(scalars: text.folded[$0]) }
            if before.first == .den || before.first == .ngay && before.dropFirst().first == .den {
                qualifiers.append(.asOf(String(String.UnicodeScalarView(scalars[reference.start..<reference.end]))))
            }
        }
    }

    /// `riêng xã Chiềng Châu đón 410.000 lượt khách`, `Xã Tân Thành thu ngân
    /// sách đạt 12,4 tỷ đồng` in a district's report: a figure whose phrase
    /// (back to the punctuation or the number before it) names a place before
    /// it — a kind of place (`xã`, `phường`, `huyện`, `thị trấn` …) then its
    /// name in capitals — other than the report's is that place's. It keeps
    /// the place (`.ofPlace`), and no indicator of the report takes it. A
    /// comparison that qualifies a figure is that figure's; one that qualifies
    /// none is read alike (`xã Tân Thành đạt cao nhất với 186% dự toán`). A
    /// place before `và` is the subject of what that joins, and one after
    /// `tại` says where, not whose (`tại thành phố Hải Phòng đạt 2 giải`). A
    /// place that opens its clause, or follows `riêng`, is the subject of all
    /// the clause's figures (`Xã Bình Lương dẫn đầu về du lịch: đón 41.600 lượt
    /// khách, doanh thu 28,5 tỷ đồng`), up to one said of the whole (`toàn
    /// huyện`, `cả huyện`, `tính chung`).
    func markOtherPlaces(_ quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>,
                         clauseOf: (Int) -> Range<Int>, into drafts: inout [Draft]) {
        guard reportPlace != nil else { return }
        for index in drafts.indices where drafts[index].qualifies == nil {
            let start = quantities[index].start
            let lower = index > 0 ? max(sentence.lowerBound, quantities[index - 1].end) : sentence.lowerBound
            var phrase = start
            while phrase > lower, !Self.endsPhrase(scalars[phrase - 1]) { phrase -= 1 }
            // `xã Hoàng Đồng đạt … và xét công nhận 03 thôn`: a place before `và` is the subject of what it joins.
            let and = ScalarText.wordRanges(scalars, in: phrase..<start).last { FoldedWord(scalars: text.folded[$0]) == Self.and }
            if let and { phrase = and.upperBound }
            if let place = namedPlace(in: phrase..<start) {
                if let named = otherPlace(place) { drafts[index].qualifiers.append(.ofPlace(named)) }
                continue
            }
            // A place opening the clause, or after `riêng`, is the subject of its figures, up to one of the whole
            // and not past `và`, which may join another subject's.
            let clause = clauseOf(start)
            guard and == nil, clause.lowerBound < phrase, let place = namedPlace(in: clause.lowerBound..<min(phrase, clause.lowerBound + 48)),
                  place.opens || place.afterRieng,
                  !FoldedWord.words(text.folded[place.start..<start]).contains(where: Self.wholeWords.contains),
                  let named = otherPlace(place) else { continue }
            drafts[index].qualifiers.append(.ofPlace(named))
        }
    }

    /// The place as the report names it (`xã Chiềng Châu`), unless it is the
    /// report's own, named in full or in part (`Phan Rang` of `Phan Rang - Tháp Chàm`).
    private func otherPlace(_ place: (kind: String, name: String, start: Int, opens: Bool, afterRieng: Bool)) -> String? {
        guard let reportPlace else { return nil }
        let name = FoldedText(folding: place.name).bytes
        return reportPlace.starts(with: name) || name.starts(with: reportPlace) ? nil : place.kind + " " + place.name
    }

    /// Words that say a figure is of the whole place the report is on: `toàn huyện`, `cả huyện`, `tính chung`.
    private static let wholeWords: Set<FoldedWord> = ["toan", "ca", "chung"]

    private static func endsPhrase(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == ";" || scalar == ":" || scalar == "(" || scalar == ")"
    }

    /// The first place `range` names: a kind of place, as written in lower case
    /// (or opening the sentence), and the capitalised words after it.
    /// `opens`: the kind is the range's first word; `afterRieng`: `riêng` stands right before it.
    private func namedPlace(in range: Range<Int>) -> (kind: String, name: String, start: Int, opens: Bool, afterRieng: Bool)? {
        let words = ScalarText.wordRanges(scalars, in: range)
        var index = 0
        while index < words.count {
            defer { index += 1 }
            let folded = FoldedWord(scalars: text.folded[words[index]])
            let pair = index + 1 < words.count ? FoldedWord(scalars: text.folded[words[index].lowerBound..<words[index + 1].upperBound]) : nil
            let length = pair.map(Self.twoWordKinds.contains) == true ? 2 : Self.oneWordKinds.contains(folded) ? 1 : 0
            guard length > 0, index + length < words.count else { continue }
            let kind = String(String.UnicodeScalarView(scalars[words[index].lowerBound..<words[index + length - 1].upperBound]))
            // The folding forgets tones: `tính` is no `tỉnh`, `xa` no `xã`.
            guard Self.kinds.contains(kind.lowercased()) else { continue }
            var names: [Range<Int>] = []
            for word in words[(index + length)...].prefix(4) {
                guard let first = scalars[word].first, TextFolding.isUppercase(first) else { break }
                names.append(word)
            }
            // `Tỉnh Ủy`, `Huyện Ủy`: the Party's committee of a place, no place's name.
            if let first = names.first, Self.committee.contains(FoldedWord(scalars: text.folded[first])) { continue }
            guard let first = names.first, let last = names.last else { continue }
            let before = index > 0 ? FoldedWord(scalars: text.folded[words[index - 1]]) : nil
            // `tại thành phố Hải Phòng đạt 2 giải`: where something was done, not whose the figure is.
            guard before != Self.tai else { continue }
            let afterRieng = before == Self.rieng
            return (kind.lowercased(), String(String.UnicodeScalarView(scalars[first.lowerBound..<last.upperBound])),
                    words[index].lowerBound, index == 0, afterRieng)
        }
        return nil
    }

    private static let rieng: FoldedWord = "rieng", tai: FoldedWord = "tai", and: FoldedWord = "va"
    private static let committee: Set<FoldedWord> = ["uy", "ubnd", "hdnd"]

    /// The kinds of place, as reports write them, and folded, by their words.
    private static let kinds: Set<String> = ["xã", "phường", "huyện", "tỉnh", "quận", "thôn", "thị trấn", "thị xã", "thành phố", "đặc khu"]
    private static let oneWordKinds: Set<FoldedWord> = ["xa", "phuong", "huyen", "tinh", "quan", "thon"]
    private static let twoWordKinds: Set<FoldedWord> = ["thi tran", "thi xa", "thanh pho", "dac khu"]
}
