import Platform
import Facts

/// An aim said in the results after its subject or after what was done:
/// `Tỷ lệ hộ nghèo đầu năm là 4,21%; phấn đấu cuối năm giảm còn 3,2%`,
/// `Tỷ lệ hộ nghèo năm 2026 phấn đấu giảm còn 3,2%`. What the year strives
/// for is a target, not a result: read as one, it would answer the rate as if
/// reached. (An aim opening the sentence, `Năm 2026, phấn đấu thu …`, makes
/// the whole sentence a plan's, ``SentenceBinding/isPlanSentence(_:)``, and
/// one with its result after it, `…; kết quả thu được 171 tỷ đồng`, is read
/// by ``markStatedTargets(_:words:into:)``.)
extension QualifierReader {
    /// Makes each figure after `phấn đấu` in its clause, up to a `,` `;` `:`
    /// or bracket, a target that qualifies no figure, where it is still a
    /// figure of its own; so is a share of plan or a change there that
    /// qualifies none, or one before the aim (`đạt 74,4% kế hoạch, phấn đấu
    /// đến 31/01 giải ngân 100% kế hoạch vốn`; `ước đạt 1.246 tỷ đồng, phấn
    /// đấu thu vượt 10% dự toán`: no share of what was done). In the results,
    /// past the sentence's first three words (digits too). Not after an effort made (`nhờ
    /// nỗ lực phấn đấu`, `sự phấn đấu`, `đã phấn đấu`), nor before whose
    /// effort it was (`phấn đấu của các cấp`).
    func markAims(_ quantities: UnsafeBufferPointer<ScannedQuantity>, words: borrowing SentenceWords,
                  into drafts: inout [Draft]) {
        guard inResults, words.mayContain(.phan), words.mayContain(.dau) else { return }
        let list = words.words, starts = words.starts
        for index in list.indices.dropFirst().dropLast() where list[index] == .phan && list[index + 1] == .dau {
            guard !Self.effortBefore.contains(list[index - 1]), index + 2 >= list.endIndex || list[index + 2] != .cua
            else { continue }
            let aimAt = starts[index]
            // An aim within the sentence's first three words, digits counted as the rules count them, makes the
            // sentence a plan's (``SentenceBinding/isPlanSentence(_:)``), whose figures stay the plan's own.
            guard runs(of: ScalarText.isWordChar, in: words.sentence.lowerBound..<aimAt) > 3 else { continue }
            for figure in drafts.indices where quantities[figure].start > aimAt {
                guard !scalars[aimAt..<quantities[figure].start].contains(where: Self.endsPhrase) else { break }
                if drafts[figure].role == .primary {
                    guard drafts[figure].qualifies == nil else { continue }
                } else {
                    guard drafts[figure].role != .comparison(.target) else { continue }
                    if let qualified = drafts[figure].qualifies {
                        guard quantities[qualified].start < aimAt else { continue }
                        drafts[qualified].qualifiers.removeAll { qualifier in
                            if case .comparison(_, _, _, _, let fact) = qualifier { fact == figure } else { false }
                        }
                        drafts[figure].qualifies = nil
                    }
                }
                drafts[figure].role = .comparison(.target)
            }
            return
        }
    }

    /// The words before `phấn đấu` that make it an effort made, not an aim: `nỗ lực`, `sự`, `đã`.
    private static let effortBefore = ResultOpenings.effortsMade.map { FoldedWord(scalars: $0.unicodeScalars) }

    /// How many runs of scalars `isPart` holds stand in `range`: its words, digits and all.
    private func runs(of isPart: (Unicode.Scalar) -> Bool, in range: Range<Int>) -> Int {
        var count = 0, inRun = false
        for index in range {
            let part = isPart(scalars[index])
            if part && !inRun { count += 1 }
            inRun = part
        }
        return count
    }
}
