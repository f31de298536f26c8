import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, whose figure is a part
/// of a planned whole: said `trên tổng số … kế hoạch`, or written with a slash
/// whose whole names the plan before the share of it.
extension ComparisonWordingTests {
    static let plannedWholeCases: [Case] = [
        // A part out of a planned whole (`trên tổng số … kế hoạch`): the whole is its target, a share after it of that plan.
        Case(sentence: "Thu hồi 86,4 ha trên tổng số 120 ha kế hoạch, đạt 72%.", comparisons: ["86,4 ha": ["target 120", "percentOfPlan 72"]]),
        Case(sentence: "Có 14 xã trên tổng số 18 xã của huyện đạt chuẩn.", comparisons: ["14 xã": [], "18 xã": []]),
        // A slashed figure's whole named the plan before a comma: the bare share after it is of that plan.
        Case(sentence: "Trồng rừng tập trung được 42 ha/60 ha kế hoạch, đạt 70%.", comparisons: ["42 ha/60 ha": ["percentOfPlan 70"]]),
        Case(sentence: "Bàn giao mặt bằng 21,4 ha/32 ha theo kế hoạch, đạt 66,9%.", comparisons: ["21,4 ha/32 ha": ["percentOfPlan 66.9"]]),
        Case(sentence: "Thu ngân sách thực hiện 486,3 tỷ đồng/520 tỷ đồng dự toán, đạt 93,5%.",
             comparisons: ["486,3 tỷ đồng/520 tỷ đồng": ["percentOfPlan 93.5"]]),
    ]
}
