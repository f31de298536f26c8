import Platform
import Facts

/// `trên cả 3 tiêu chí`: all three criteria (of traffic accidents: their
/// number, deaths and injuries) named by how many they are, as `giảm tai nạn
/// giao thông trên cả 3 tiêu chí 5%` writes them. The number names, it
/// counts nothing done: read as a figure, the share after it was taken for
/// its share of last year's.
extension NumberScanner {
    /// Where `cả` stands right before the number at `start` and `tiêu chí`
    /// right after it, the end of those words; nil otherwise.
    func allCriteriaEnd(start: Int, numberEnd: Int) -> Int? {
        // The words after first: most numbers are passed over without a word read back.
        guard let first = wordEnd(of: Self.tieu, after: numberEnd), let second = wordEnd(of: Self.chi, after: first),
              ScalarText.rawWordBefore(scalars, start)?.lowercased() == "cả"
        else { return nil }
        return second
    }

    private static let tieu = Array("tiêu".unicodeScalars), chi = Array("chí".unicodeScalars)
}
