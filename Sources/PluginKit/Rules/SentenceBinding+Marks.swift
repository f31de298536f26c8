import Platform
import Facts

/// An exclusion's marks, compared where its folded words stand: folding
/// makes `đất` of `đạt`, `đỗ` of `đó`, `chè` of `che`, `bậc` of `Bắc`, so an
/// exclusion found folded is one only where the sentence writes it with the
/// exclusion's marks (``ToneMarks``).
extension SentenceBinding {
    /// Whether exclusion `index` of the rule, found at `range` of the folded
    /// sentence, is written there with its own marks. True where its marks are
    /// not compared, or where the sentence's scalars cannot be lined up with
    /// the folded text's.
    func hasMarks(of index: Int, at range: Range<Int>) -> Bool {
        guard let marks = rule.excludeMarks[index], let found = writtenScalars(at: range) else { return true }
        return ToneMarks.signature(of: found) == marks
    }

    /// The sentence's scalars as written where `range` of the folded sentence stands; nil where
    /// they cannot be lined up with the folded text's.
    func writtenScalars(at range: Range<Int>) -> [Unicode.Scalar]? {
        guard let fact = facts.first else { return nil }
        let start = folded.scalarOffset(ofByte: range.lowerBound), end = folded.scalarOffset(ofByte: range.upperBound)
        // The sentence's scalars `start..<end`, decoded from its bytes in place (or, where reading it
        // rewrites markup, from the sentence read): nil where it is shorter.
        func written(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar]? {
            var scalars: [Unicode.Scalar] = [], byte = 0, offset = 0
            while byte < bytes.count, offset < end {
                let (scalar, length) = bytes.scalar(at: byte)
                if offset >= start { scalars.append(scalar) }
                byte += length
                offset += 1
            }
            return offset == end ? scalars : nil
        }
        return fact.withSentenceUTF8(written) ?? {
            // A sentence with markup, read once for all its comparisons.
            let scalars = numbersKept.flatMap { kept in scalarsKept?.value(for: kept.group) { fact.sentence.scalarArray } }
                ?? fact.sentence.scalarArray
            return start <= end && end <= scalars.count ? Array(scalars[start..<end]) : nil
        }()
    }
}

extension Range<Int> {
    /// The range moved `offset` further on.
    func shifted(by offset: Int) -> Range<Int> { (lowerBound + offset)..<(upperBound + offset) }
}
