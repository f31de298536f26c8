import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, with a change in
/// brackets near a plan: after the figure's noun it is the figure's change;
/// after the plan named (`kế hoạch đề ra`, `KH giao`, `KH`), or opening on
/// the plan's label inside the bracket, it is the plan's.
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
    ]
}
