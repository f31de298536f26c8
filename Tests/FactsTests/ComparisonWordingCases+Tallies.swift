import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that tally incidents
/// as the police's lists do: last year's difference bare in brackets after
/// each count, signed or with its verb.
extension ComparisonWordingTests {
    static let tallyCases: [Case] = [
        Case(sentence: "Tai nạn giao thông xảy ra 12 vụ (-2), chết 8 người (-1), bị thương 6 người (+3).",
             comparisons: ["12 vụ": ["changeOnPrevious -2"], "8 người": ["changeOnPrevious -1"], "6 người": ["changeOnPrevious 3"]]),
        Case(sentence: "Phạm pháp hình sự 15 vụ (giảm 4), đã điều tra làm rõ 13 vụ.", comparisons: ["15 vụ": ["changeOnPrevious -4"], "13 vụ": []]),
    ]
}
