import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that say by how much a
/// figure fell short of its plan with a shortfall's verb (`hụt`, `hụt thu`,
/// `còn thiếu`): set against the plan, the number is the gap; with no plan
/// named, it compares nothing.
extension ComparisonWordingTests {
    static let shortfallCases: [Case] = [
        Case(sentence: "Thu ngân sách đạt 52,7 tỷ đồng, hụt 2,3 tỷ đồng so với dự toán.", comparisons: ["52,7 tỷ đồng": ["exceedsPlanBy -2.3"]]),
        Case(sentence: "Thu ngân sách đạt 52,7 tỷ đồng, hụt thu 2,3 tỷ đồng so với dự toán.", comparisons: ["52,7 tỷ đồng": ["exceedsPlanBy -2.3"]]),
        Case(sentence: "Diện tích gieo trồng 1.240 ha, còn thiếu 60 ha so với kế hoạch.", comparisons: ["1.240 ha": ["exceedsPlanBy -60"]]),
        Case(sentence: "Thu ngân sách đạt 52,7 tỷ đồng, dự kiến hụt thu 2,3 tỷ đồng.", comparisons: ["52,7 tỷ đồng": [], "2,3 tỷ đồng": []]),
        Case(sentence: "Toàn huyện còn thiếu 46 giáo viên so với định mức.", comparisons: ["46 giáo viên": []]),
    ]
}
