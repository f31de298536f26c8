import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, with a change in
/// brackets near a plan: after the figure's noun it is the figure's change;
/// after the plan named (`kế hoạch đề ra`, `KH giao`, `KH`), or opening on
/// the plan's label inside the bracket, it is the plan's. A number written
/// bare after the plan's word in brackets is the plan in the figure's unit,
/// and a change after that bracket is still the figure's.
extension ComparisonWordingTests {
    static let planBracketCases: [Case] = [
        Case(sentence: "Cấp 1.384 giấy phép xây dựng (tăng 4,6%).", comparisons: ["1.384 giấy phép": ["changeOnPrevious 4.6"]]),
        Case(sentence: "Giá trị sản xuất đạt 2.864 tỷ đồng, tăng 6,4%, chưa đạt kế hoạch đề ra (tăng 7%).",
             comparisons: ["2.864 tỷ đồng": ["changeOnPrevious 6.4", "changeTarget 7"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm 2,4% (KH giảm 2%), còn 9,85%.",
             comparisons: ["9,85%": ["changeOnPrevious -2.4", "changeTarget -2"]]),
        Case(sentence: "Tỷ lệ hộ nghèo cuối năm còn 9,85%, giảm 2,55 điểm phần trăm, vượt KH giao (giảm 2,5%).",
             comparisons: ["9,85%": ["changeOnPrevious -2.55", "changeTarget -2.5"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm 2,55%, vượt KH (giảm 2,5%), còn 9,85%.",
             comparisons: ["9,85%": ["changeOnPrevious -2.55", "changeTarget -2.5"]]),
        // After a level and last year's, a plan said as a change is the plan of the change between them.
        Case(sentence: "Tỷ lệ hộ nghèo ước đạt 2,7% (cùng kỳ năm trước 3,8%) (kế hoạch giảm 1%).",
             comparisons: ["2,7%": ["previousValue 3.8", "changeTarget -1"]]),
        Case(sentence: "Trồng rừng tập trung 1.108 ha (KH: 1.000).", comparisons: ["1.108 ha": ["target 1000"]]),
        Case(sentence: "Giải quyết việc làm cho 2.350 lượt người (KH 2.200), tăng 6,2%.",
             comparisons: ["2.350 lượt người": ["target 2200", "changeOnPrevious 6.2"]]),
        Case(sentence: "Tỷ lệ bao phủ BHYT ước đạt 93,6% (chỉ tiêu 95).", comparisons: ["93,6%": ["target 95"]]),
        Case(sentence: "Giá trị sản xuất công nghiệp ước đạt 1.312 tỷ đồng (KH 1.336 tỷ đồng), tăng 7,6%.",
             comparisons: ["1.312 tỷ đồng": ["target 1336", "changeOnPrevious 7.6"]]),
        // A bare number after another word is no plan, nor a year after the plan's word.
        Case(sentence: "Trồng rừng tập trung 1.108 ha (năm trước 1.000).", comparisons: ["1.108 ha": []]),
        Case(sentence: "Trồng rừng tập trung 1.108 ha (KH 2026).", comparisons: ["1.108 ha": []]),
    ]
}
