import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, with a word between a
/// change's verb and its figure that says how far it went (`giảm nhẹ`, `tăng
/// mạnh`) or that it was achieved (`giảm được`): the change is read as if
/// the verb stood right before the figure.
extension ComparisonWordingTests {
    static let adverbCases: [Case] = [
        Case(sentence: "Doanh thu du lịch đạt 1.305 tỷ đồng, giảm nhẹ 2,1% so với năm 2025.",
             comparisons: ["1.305 tỷ đồng": ["changeOnPrevious -2.1"]]),
        Case(sentence: "Lượng khách quốc tế đạt 86.400 lượt, tăng mạnh 35% so với cùng kỳ.",
             comparisons: ["86.400 lượt": ["changeOnPrevious 35"]]),
        Case(sentence: "Xảy ra 12 vụ tai nạn giao thông, giảm sâu 8 vụ so với năm 2025.",
             comparisons: ["12 vụ": ["changeOnPrevious -8"]]),
        Case(sentence: "Toàn huyện còn 412 hộ nghèo, giảm được 96 hộ so với đầu năm.",
             comparisons: ["412 hộ": ["changeOnPrevious -96"]]),
    ]
}
