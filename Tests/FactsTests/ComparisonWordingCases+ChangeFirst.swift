import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests``, each ours, that say a change
/// before the level it brought a count of incidents to: `xảy ra` opens the
/// level as `đạt` or `còn` does, in brackets too; a share of plan said
/// before its level; and the plan of a change said before its level.
extension ComparisonWordingTests {
    static let changeFirstCases: [Case] = [
        Case(sentence: "Tội phạm về trật tự xã hội giảm 18,5% so với năm 2024 (xảy ra 22 vụ); tỷ lệ điều tra làm rõ đạt 86,4%.",
             comparisons: ["22 vụ": ["changeOnPrevious -18.5"], "86,4%": []]),
        Case(sentence: "Số vụ cháy giảm 2 vụ so với cùng kỳ, xảy ra 5 vụ.", comparisons: ["5 vụ": ["changeOnPrevious -2"]]),
        // `ra` alone is no level's verb.
        Case(sentence: "Số vụ việc giảm 3 vụ so với cùng kỳ, đưa ra 5 vụ.", comparisons: ["5 vụ": []]),
        // A share of plan said first, then after a comma the level it is of.
        Case(sentence: "Thu ngân sách trên địa bàn vượt 21,6% dự toán, đạt 38,9 tỷ đồng.",
             comparisons: ["38,9 tỷ đồng": ["exceedsPlanBy 21.6"]]),
        Case(sentence: "Giải ngân vốn đầu tư công đạt 82,3% kế hoạch, ước đạt 61,7 tỷ đồng.",
             comparisons: ["61,7 tỷ đồng": ["percentOfPlan 82.3"]]),
        // Another subject's figure after the comma is not the share's.
        Case(sentence: "Thu ngân sách đạt 95% dự toán, chi ngân sách đạt 41 tỷ đồng.", comparisons: ["41 tỷ đồng": []]),
        // A plan said as a change, after a level whose change was given, is the plan of that change.
        Case(sentence: "Tỷ lệ hộ nghèo giảm 1,9 điểm phần trăm so với đầu năm, còn 5,42% (KH giảm 1,5%).",
             comparisons: ["5,42%": ["changeOnPrevious -1.9", "changeTarget -1.5"]]),
        // Without a change given, a plan in the level's unit is its target.
        Case(sentence: "Tỷ lệ hộ nghèo còn 5,42% (KH 5,5%).", comparisons: ["5,42%": ["target 5.5"]]),
        // A plan's bound after its figure (`trở lên`, `trở xuống`) says how far, not what it compares.
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,36%, giảm 1,12 điểm phần trăm (chỉ tiêu giảm 1 điểm phần trăm trở lên).",
             comparisons: ["2,36%": ["changeOnPrevious -1.12", "changeTarget -1"]]),
        Case(sentence: "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi còn 15,2% (chỉ tiêu 16% trở xuống).", comparisons: ["15,2%": ["target 16"]]),
        // A change said before where the figure moved from and to is the level's, the figure it moved from set between.
        Case(sentence: "Tỷ lệ hộ nghèo giảm 1,74 điểm phần trăm, từ 5,9% xuống còn 4,16%.",
             comparisons: ["4,16%": ["previousValue 5.9", "changeOnPrevious -1.74"]]),
        Case(sentence: "Số hộ cận nghèo giảm 57 hộ, từ 402 hộ xuống 345 hộ.",
             comparisons: ["345 hộ": ["previousValue 402", "changeOnPrevious -57"]]),
        // Where it moved from written bare is in the unit of where it moved to.
        Case(sentence: "Số trường đạt chuẩn quốc gia tăng từ 37 lên 40 trường.", comparisons: ["40 trường": ["previousValue 37"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm từ 5,9 xuống còn 4,16%.", comparisons: ["4,16%": ["previousValue 5.9"]]),
    ]
}
