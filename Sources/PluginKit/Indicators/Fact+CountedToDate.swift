import Platform
import Facts

extension Fact {
    /// Whether the figure is counted to a day or a month before the year's
    /// end: `đến ngày 30/9`, `đến hết tháng 11/2026`, `ngày 15 tháng 12`, or
    /// over the year's first months (`trong 10 tháng`). In a report on the
    /// year it falls short of the year's plan as a 9-month report's does,
    /// still in progress. `đến 31/12` and `tháng 12` close the year, and a
    /// date of another year than `year`, the report's, is no part of it: the
    /// year's capital is disbursed up to `31/01/2027`.
    func isCountedBeforeEnd(of year: Int?) -> Bool {
        qualifiers.contains { qualifier in
            guard case .asOf(let text) = qualifier else { return false }
            // `trong 10 tháng`: a count of months, fewer than twelve where it was read.
            if text.hasPrefix(Self.during) {
                return text.utf8.dropFirst(Self.during.utf8.count).first?.isASCIIDigit ?? false
            }
            var numbers = Self.numbers(in: text)
            if let dated = numbers.last, dated >= 1000 {
                guard dated == year else { return false }
                numbers.removeLast()
            }
            // `tháng 11/2026`: the month's end; `30/9`, `ngày 30 tháng 9`: the day.
            if qualifier.countedDay != nil {
                guard numbers.count == 2 else { return false }
                return numbers[1] < 12 || numbers[1] == 12 && numbers[0] < 31
            }
            if text.hasPrefix(Self.month), let month = numbers.first { return month < 12 }
            return false
        }
    }

    /// Whether the figure's clause counts it up to now (`Đến nay, giải ngân …`,
    /// `từ đầu năm đến nay`, `đến thời điểm báo cáo`): in a report on the year
    /// signed before the year's end (`date`, `2026-12-04`, or none said), it is
    /// counted before the end as a date would count it.
    func isCountedToNow(signed date: String?, year: Int?) -> Bool {
        if let date, let year {
            guard date.hasPrefix(String(year)), !date.hasSuffix("-12-31") else { return false }
        }
        let words = PlanTarget.wordsBefore(self)
        return zip(words, words.dropFirst()).contains { $0 == Self.den && ($1 == Self.nay || $1 == Self.thoi) }
    }

    private static let den: FoldedWord = "den", nay: FoldedWord = "nay", thoi: FoldedWord = "thoi"

    /// The span or day the figure is counted to, as the report writes it (`30/11/2026`, `trong 10 tháng`): for `.why`.
    var asOfText: String? {
        qualifiers.lazy.compactMap { qualifier -> String? in
            guard case .asOf(let text) = qualifier else { return nil }
            return text.hasPrefix(Self.during) ? "over " + text.dropFirst(Self.during.count) : "to " + text
        }.first
    }

    private static let during = "trong ", month = "tháng"

    /// The runs of digits in `text`, as numbers (Platform's `Int(asciiDigits:)`, no string made of each).
    private static func numbers(in text: String) -> [Int] {
        text.utf8.split { !$0.isASCIIDigit }.compactMap { Int(asciiDigits: $0) }
    }
}
