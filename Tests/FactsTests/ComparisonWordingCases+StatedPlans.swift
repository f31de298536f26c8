import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that state the plan in
/// words beside what was done: the plan opening the sentence and the result
/// after `thực tế` or `kết quả`, the plan's setter then its verb (`kế hoạch đề
/// ra là`), the plan's figure before the share's verb.
extension ComparisonWordingTests {
    static let statedPlanCases: [Case] = [
        Case(sentence: "Kế hoạch năm 2026 đặt ra doanh thu du lịch 950 tỷ đồng; thực tế đạt 1.012 tỷ đồng.",
             comparisons: ["1.012 tỷ đồng": ["target 950"]]),
        Case(sentence: "Chỉ tiêu thu ngân sách năm 2026 là 180 tỷ đồng, thực tế thu được 171,4 tỷ đồng.",
             comparisons: ["171,4 tỷ đồng": ["target 180"]]),
        Case(sentence: "Doanh thu du lịch đạt 1.305 tỷ đồng, trong khi kế hoạch đề ra là 1.400 tỷ đồng.",
             comparisons: ["1.305 tỷ đồng": ["target 1400"]]),
        Case(sentence: "Doanh thu du lịch đạt 1.305 tỷ đồng, so với kế hoạch 1.400 tỷ đồng đạt 93,2%.",
             comparisons: ["1.305 tỷ đồng": ["target 1400", "percentOfPlan 93.2"]]),
        Case(sentence: "Thu ngân sách được 214 tỷ đồng, so với kế hoạch 200 tỷ đồng thì đạt 107%.",
             comparisons: ["214 tỷ đồng": ["target 200", "percentOfPlan 107"]]),
        // A plan stated with no result after it in the sentence stays a figure of its own.
        Case(sentence: "Kế hoạch năm 2026 đặt ra doanh thu du lịch 950 tỷ đồng.", comparisons: ["950 tỷ đồng": []]),
    ]
}
