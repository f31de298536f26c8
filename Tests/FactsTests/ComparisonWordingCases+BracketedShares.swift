import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, with a percentage
/// alone in brackets after a figure and its plan: the share of plan where the
/// figure over the plan makes it, nothing of the figure's where it does not.
extension ComparisonWordingTests {
    static let bracketedShareCases: [Case] = [
        Case(sentence: "- Thu ngân sách nhà nước trên địa bàn: 2.340 tỷ đồng/KH 2.100 tỷ đồng (111,4%) - Vượt.",
             comparisons: ["2.340 tỷ đồng": ["target 2100", "percentOfPlan 111.4"]]),
        Case(sentence: "- Trồng rừng tập trung: 5.120/5.000 ha (102,4%).", comparisons: ["5.120/5.000 ha": ["percentOfPlan 102.4"]]),
        Case(sentence: "Kế hoạch 80 km, thực hiện 72 km (90%).", comparisons: ["72 km": ["target 80", "percentOfPlan 90"]]),
        // Another percentage than the figure over its plan, and a share of a whole, are left as they stand.
        Case(sentence: "Doanh thu dịch vụ 52 tỷ đồng/KH 50 tỷ đồng (12,5%).", comparisons: ["52 tỷ đồng": ["target 50"], "12,5%": []]),
        Case(sentence: "Đã hòa giải thành 14 vụ/17 vụ (82,4%).", comparisons: ["14 vụ/17 vụ": [], "82,4%": []]),
    ]
}
