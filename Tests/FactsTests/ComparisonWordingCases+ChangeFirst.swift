import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that say a change
/// before the level it brought a count of incidents to: `xảy ra` opens the
/// level as `đạt` or `còn` does, in brackets too.
extension ComparisonWordingTests {
    static let changeFirstCases: [Case] = [
        Case(sentence: "Tội phạm về trật tự xã hội giảm 18,5% so với năm 2024 (xảy ra 22 vụ); tỷ lệ điều tra làm rõ đạt 86,4%.",
             comparisons: ["22 vụ": ["changeOnPrevious -18.5"], "86,4%": []]),
        Case(sentence: "Số vụ cháy giảm 2 vụ so với cùng kỳ, xảy ra 5 vụ.", comparisons: ["5 vụ": ["changeOnPrevious -2"]]),
        // `ra` alone is no level's verb.
        Case(sentence: "Số vụ việc giảm 3 vụ so với cùng kỳ, đưa ra 5 vụ.", comparisons: ["5 vụ": []]),
    ]
}
