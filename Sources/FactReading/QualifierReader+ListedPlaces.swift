import Platform
import Facts

/// Places named bare, without their kind, in a list that a lead of their
/// kind opens: `Các huyện có tỷ lệ giải ngân cao: Chiêm Hóa 92,5%, Hàm Yên
/// 88,1%`, `Xã có tỷ lệ hộ nghèo cao nhất là Tân Lập (28,4%), tiếp đến Hữu
/// Lân (24,1%)`. Each figure right after a name in capitals (or in brackets
/// after it) is that place's, up to the `;` that ends the list. A name the
/// report's own place holds is not another's.
extension QualifierReader {
    /// Marks each such figure of the sentence as of the place named before it (``Qualifier/ofPlace(_:)``).
    func markListedPlaces(_ quantities: UnsafeBufferPointer<ScannedQuantity>, sentence: Range<Int>, words: borrowing SentenceWords,
                          into drafts: inout [Draft]) {
        // A lead of a kind (`các huyện`, `Xã có`): most sentences have no `các` and do not open on a kind, which the mask
        // and the first words tell.
        guard reportPlace != nil, !quantities.isEmpty, let first = words.words.first,
              words.mayContain(Self.cacWord) || words.mayContain(Self.coWord)
                && (Self.kindEnds.contains(first) || words.words.count > 1 && Self.kindEnds.contains(words.words[1])),
              let (kind, listStart) = listLead(words) else { return }
        var listEnd = sentence.upperBound
        if let semicolon = scalars[listStart..<sentence.upperBound].firstIndex(of: ";") { listEnd = semicolon }
        for index in drafts.indices where drafts[index].qualifies == nil {
            let start = quantities[index].start
            guard start > listStart, start < listEnd,
                  !drafts[index].qualifiers.contains(where: { if case .ofPlace = $0 { true } else { false } }),
                  let name = bareName(before: start, after: max(listStart, index > 0 ? quantities[index - 1].end : listStart))
            else { continue }
            let place = String(String.UnicodeScalarView(scalars[name]))
            drafts[index].qualifiers.append(.ofPlace(kind.map { $0 + " " + place } ?? place))
        }
    }

    /// The kind a list's lead names (`huyện` of `Các huyện có …:`, nil when it names several, `Các xã, thị
    /// trấn`) and where its list starts: after the lead's colon, or its `là` (`… cao nhất là`). The lead opens
    /// the sentence on a kind and `có` (`Xã có …`) or holds `các` and a kind (`Tỷ lệ giải ngân của các xã: …`).
    private func listLead(_ words: borrowing SentenceWords) -> (kind: String?, start: Int)? {
        let list = words.words, starts = words.starts, ends = words.ends
        // The words compared, once: each use of a global checks that it is made, and a literal is packed at each.
        let kindEnds = Self.kindEnds, cac = Self.cacWord, la = Self.laWord
        guard let first = list.indices.first else { return nil }
        // The kind's first and last words: one word (`xã`), or two (`thị trấn`, `thành phố`).
        func kind(at index: Int) -> ClosedRange<Int>? {
            // A kind ends on one of few words, compared as integers before any set is asked (`các` opens many phrases).
            guard index < list.count, kindEnds.contains(list[index])
                    || index + 1 < list.count && kindEnds.contains(list[index + 1]) else { return nil }
            return kindWordsEnd(at: index, list, starts, ends).map { index...($0 - 1) }
        }
        var found: ClosedRange<Int>?
        if let opening = kind(at: first), opening.upperBound + 1 < list.count, list[opening.upperBound + 1] == Self.coWord {
            found = opening
        } else {
            // `các huyện`, or `các đơn vị:` (administrative units), as a table's columns of places are listed: kinds unsaid.
            let (don, vi) = (Self.donWord, Self.viWord)
            for index in list.indices.dropLast() where list[index] == cac {
                if let named = kind(at: index + 1) { found = named; break }
                if index + 2 < list.count, list[index + 1] == don, list[index + 2] == vi { found = (index + 1)...(index + 2); break }
            }
        }
        guard let named = found else { return nil }
        let at = named.upperBound
        // The list opens after the first colon or `là` past the kind, within a lead's length (`có tỷ lệ hộ nghèo cao nhất là`).
        var open: Int?
        for index in (at + 1)..<min(list.endIndex, at + 1 + Self.longestLead) {
            if scalars[ends[index - 1]..<starts[index]].contains(":") { open = ends[index - 1]; break }
            if list[index] == la { open = ends[index]; break }
        }
        guard let open else { return nil }
        // One kind only: `các xã, thị trấn` (a comma or `và` after the kind) names two, and its places are named bare.
        let joined = at + 1 < list.count && (list[at + 1] == Self.andWord || scalars[ends[at]..<starts[at + 1]].contains(","))
        let written = Array(scalars[starts[named.lowerBound]..<ends[at]].lazy.map(ScalarText.lower))
        let kind = !joined && Self.kinds.contains(written) ? String(String.UnicodeScalarView(written)) : nil
        return (kind, open)
    }

    /// The name in capitals, two to four words, that stands right before `start` — or before the bracket
    /// the figure's phrase opens (`Tân Lập (28,4%)`) — after a comma, colon, `là` or `tiếp đến`, from `lower` on.
    private func bareName(before start: Int, after lower: Int) -> Range<Int>? {
        var end = start
        while end > lower, scalars[end - 1] == " " { end -= 1 }
        if end > lower, scalars[end - 1] == "(" {
            end -= 1
            while end > lower, scalars[end - 1] == " " { end -= 1 }
        }
        var begin = end, count = 0
        while count < 4, let word = ScalarText.wordRangesBefore(scalars, begin, count: 1).first, word.lowerBound >= lower,
              word.upperBound == begin || scalars[word.upperBound..<begin].allSatisfy({ $0 == " " || $0 == "-" }),
              TextFolding.isUppercase(scalars[word.lowerBound]) {
            begin = word.lowerBound
            count += 1
        }
        // Two words at least, each capitalised, as places are named: `Giao thông 95%` (a criterion) is none.
        guard count >= 2, !isReportPlace(begin..<end) else { return nil }
        // What stands before the name opens an item: a mark, `là`, `đến`, or nothing past the list's start.
        var before = begin
        while before > lower, scalars[before - 1] == " " { before -= 1 }
        if before == lower || scalars[before - 1] == "," || scalars[before - 1] == ":" { return begin..<end }
        guard let word = ScalarText.wordRangesBefore(scalars, before, count: 1).first else { return nil }
        let folded = FoldedWord(scalars: text.folded[word])
        return folded == Self.laWord || folded == Self.denWord ? begin..<end : nil
    }

    /// The most words between a list's kind and the `:` or `là` that opens it.
    private static let longestLead = 12

    private static var cacWord: FoldedWord { "cac" }
    private static var coWord: FoldedWord { "co" }
    private static var laWord: FoldedWord { "la" }
    private static var denWord: FoldedWord { "den" }
    private static var andWord: FoldedWord { "va" }
    private static var donWord: FoldedWord { "don" }
    private static var viWord: FoldedWord { "vi" }
}
