import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that write a second
/// figure after a slash: last year's where last year is named after it, else
/// the whole the first is part of.
extension ComparisonWordingTests {
    static let slashCases: [Case] = [
        // Last year's figure after a slash, as tallies write it: the number behind the slash is no whole when last year is named after it.
        Case(sentence: "Trộm cắp tài sản xảy ra 14 vụ/17 vụ cùng kỳ, giảm 3 vụ.", comparisons: ["14 vụ": ["previousValue 17", "changeOnPrevious -3"]]),
        Case(sentence: "Cháy nhà dân 2 vụ/5 vụ so với cùng kỳ năm trước.", comparisons: ["2 vụ": ["previousValue 5"]]),
        // Behind a change's figure, the number after the slash is a change too, of what it counts: not last year's.
        Case(sentence: "Bắt giữ 9 vụ/14 đối tượng phạm tội về ma túy (tăng 2 vụ/5 đối tượng so với cùng kỳ).",
             comparisons: ["9 vụ": ["changeOnPrevious 2"], "14 đối tượng": ["changeOnPrevious 5"]]),
        // Without last year's name after it, the number behind the slash is still the whole.
        Case(sentence: "Đã hòa giải thành 14 vụ/17 vụ, đạt 82,4%.", comparisons: ["14 vụ/17 vụ": [], "82,4%": []]),
    ]
}
