import Platform
import Facts

/// A subject said not to have changed, as an item of the changes that follow
/// a comparison opening their clause: `So với năm trước giảm 4 vụ, giảm 3
/// người chết, số người bị thương không thay đổi`, `so với cùng kỳ giảm 2 vụ,
/// giảm 1 người chết, tương đương số người bị thương` (or `bằng số người bị
/// thương`), `…, số người bị thương bằng`, `(so CK: -1 vụ, = số người chết)`. The figure the subject
/// names, before the comparison, has a change of zero, as a change said with
/// a number would be of it.
extension QualifierReader {
    /// Gives a zero change to the figure each such item names: `số` and at most
    /// four words, then `không thay đổi`, `không đổi`, `không tăng, không giảm`,
    /// `không tăng`, `giữ nguyên` or `bằng` (`bằng cùng kỳ`) closing the item — or `tương đương số` and the subject
    /// closing it — after a comparison with last year opening the clause; the
    /// figure, before that opening, named by the subject's last word right
    /// before it (`bị thương 15 người`), right after it (`15 người bị thương`)
    /// or as its unit (`19 vụ`).
    func markUnchangedListed(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                             into drafts: inout [Draft]) {
        // Each phrase ends on `đổi`, `tăng`, `giảm`, `nguyên`, `bằng` or (`tương đương`) `đương`, or is a `=`, and the
        // comparison opens on `so với` or `so CK`: the words' mask rules out most sentences before their words are looked at.
        guard inResults, quantities.count >= 2, words.mayContain(.so), words.mayContain(Self.voiWord) || words.mayContain(Self.ckWord)
        else { return }
        // `= số người chết`: sameness said with a sign, where the list writes its changes with signs or verbs.
        let signed = scalars[words.sentence].contains("=")
        guard signed
                || words.mayContain(Self.khongWord) && (words.mayContain(Self.doiWord) || words.mayContain(.tang) || words.mayContain(.giam))
                || words.mayContain(Self.giuWord) && words.mayContain(Self.nguyenWord) || words.mayContain(Self.bangWord)
                || words.mayContain(Self.tuongWord) && words.mayContain(Self.duongWord) else { return }
        let list = words.words, starts = words.starts, ends = words.ends
        for at in list.indices where list[at] == Self.khongWord || list[at] == Self.giuWord || list[at] == Self.tuongWord
            || list[at] == Self.bangWord || signed && list[at] == .so {
            var subject: Range<Int>?
            if list[at] == .so {
                // `(so CK: giảm 1 vụ, = số người chết, …)`: `=` opens the item, `số` and the subject close it.
                guard at > list.startIndex, case let gap = scalars[ends[at - 1]..<starts[at]], gap.contains("="),
                      gap.allSatisfy({ $0 == " " || $0 == "=" || $0 == "," || $0 == ";" || $0 == ":" || $0 == "(" }) else { continue }
                subject = subjectClosingItem(from: at + 1, list, starts, ends)
            } else if list[at] == Self.tuongWord {
                // `tương đương số người bị thương`: the subject after the phrase, closing the item.
                guard at + 2 < list.endIndex, list[at + 1] == Self.duongWord, list[at + 2] == .so else { continue }
                subject = subjectClosingItem(from: at + 3, list, starts, ends)
            } else if list[at] == Self.bangWord, at + 1 < list.endIndex, list[at + 1] == .so {
                // `bằng số người bị thương`: said as `tương đương số` is.
                subject = subjectClosingItem(from: at + 2, list, starts, ends)
            } else if let length = Self.standalonePhrases.lazy.compactMap({ self.matches($0.words, at: at, list, starts, ends) }).first,
                      itemEnd(from: at + length, list, starts, ends) == at + length,
                      // (`bằng 3 người` gives a figure, not its sameness: no digit closes the phrase.)
                      !scalars[ends[at + length - 1]..<(at + length < list.endIndex ? starts[at + length] : words.sentence.upperBound)]
                          .contains(where: { ("0"..."9").contains($0) }) {
                // `số người bị thương không thay đổi`: `số` and the subject before the phrase, in the item; with no
                // `số`, the item's words alone (`…, bị thương bằng`).
                guard let first = (max(list.startIndex, at - 5)..<at).last(where: { list[$0] == .so }).map({ $0 + 1 })
                        ?? (max(list.startIndex + 1, at - 4)..<at).last(where: { index in
                            scalars[ends[index - 1]..<starts[index]].contains { $0 == "," || $0 == ";" }
                        }),
                      first < at, !scalars[starts[first]..<starts[at]].contains(where: { $0 == "," || $0 == ";" || $0 == "(" })
                else { continue }
                subject = first..<at
            }
            guard let subject, let named = list[subject].last,
                  let opening = comparisonOpening(in: words.sentence, before: starts[at], marks: text.marks(in: words.sentence))
                    ?? bracketedComparisonOpening(in: words.sentence, before: starts[at])
            else { continue }
            let candidates = quantities.indices.filter { index in
                quantities[index].end <= opening && drafts[index].role == .primary && drafts[index].qualifies == nil
                    && !drafts[index].qualifiers.contains(where: { Self.saysChange($0) })
            }
            let figure = candidates.last { index in
                let lead = words.window(index > 0 ? quantities[index - 1].end : words.sentence.lowerBound, quantities[index].start)
                let tail = words.window(quantities[index].end, index + 1 < quantities.count ? quantities[index + 1].start : opening)
                return lead.last == named || tail.prefix(3).contains(named)
                    || TextFolding.fold(quantities[index].unit.symbol).split(separator: " ").last
                        .map { FoldedWord(scalars: $0.unicodeScalars) } == named
            }
            if let figure { markZeroChange(figure, quantities, into: &drafts) }
        }
    }

    /// Where a comparison with last year opens the bracket the item at `start`
    /// stands in (`… chết 1 người (so CK: giảm 1 vụ, = số người chết)`); nil
    /// where none does, or the bracket closed before the item.
    private func bracketedComparisonOpening(in sentence: Range<Int>, before start: Int) -> Int? {
        guard let bracket = scalars[sentence.lowerBound..<start].lastIndex(of: "("), !scalars[bracket..<start].contains(")")
        else { return nil }
        return opensOnComparison(at: bracket + 1, before: start) ? bracket + 1 : nil
    }

    /// The subject said after `số`, from word `from` to the end of its item: one word to four; nil otherwise.
    private func subjectClosingItem(from: Int, _ list: ArraySlice<FoldedWord>, _ starts: ArraySlice<Int>,
                                    _ ends: ArraySlice<Int>) -> Range<Int>? {
        let end = itemEnd(from: from, list, starts, ends)
        return end > from && end - from <= 4 ? from..<end : nil
    }

    /// The index of the word after the last of the item from word `from`: the first word with a `,`, `;`, `.` or
    /// a figure before it, or the sentence's end.
    private func itemEnd(from: Int, _ list: ArraySlice<FoldedWord>, _ starts: ArraySlice<Int>, _ ends: ArraySlice<Int>) -> Int {
        var index = from
        while index < list.endIndex {
            let gap = scalars[ends[index - 1]..<starts[index]]
            if gap.contains(where: { $0 == "," || $0 == ";" || $0 == "." || ("0"..."9").contains($0) }) { return index }
            index += 1
        }
        return index
    }

    /// The phrases that say a subject did not change, standing alone: no comparison after them. In a list of
    /// changes, a subject that `không tăng` (did not rise) did not fall either, or its fall would be counted.
    /// `bằng` alone, or with last year after it, says the same (`số người bị thương bằng`, `… bằng cùng kỳ`).
    private static let standalonePhrases: [FoldedPhrase] = ["khong thay doi", "khong tang khong giam", "khong tang", "khong doi",
                                                             "giu nguyen", "bang cung ki", "bang nam truoc", "bang"]
    private static var khongWord: FoldedWord { "khong" }
    private static var giuWord: FoldedWord { "giu" }
    private static var tuongWord: FoldedWord { "tuong" }
    private static var duongWord: FoldedWord { "duong" }
    private static var doiWord: FoldedWord { "doi" }
    private static var bangWord: FoldedWord { "bang" }
    private static var ckWord: FoldedWord { "ck" }
    private static var nguyenWord: FoldedWord { "nguyen" }
    private static var voiWord: FoldedWord { "voi" }
}
