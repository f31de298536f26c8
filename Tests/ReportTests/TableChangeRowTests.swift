import Testing
@testable import Report

/// Rows of a table of targets whose name ends on the change's verb (`Tỷ lệ
/// hộ nghèo giảm`): their values and plans are changes on last year, not levels.
@Suite("Rows named with a change's verb")
struct TableChangeRowTests {
    @Test("a row named with `giảm` or `tăng` gives its value and its plan as changes; other rows are levels")
    func changeRows() {
        let document = ReportReader.read(text: """
        | TT | Chỉ tiêu | ĐVT | KH 2025 | Ước TH 2025 | So sánh TH/KH (%) | Đánh giá |
        |---|---|---|---|---|---|---|
        | 1 | Tỷ lệ hộ nghèo giảm | % | 1,5 | 1,7 | 113,3 | Vượt |
        | 2 | Chỉ số sản xuất công nghiệp tăng (%) | | 9 | 8,4 | 93,3 | Không đạt |
        | 3 | Tỷ lệ hộ nghèo | % | 3,2 | 3,1 | 103,2 | Đạt |
        """, name: "changes")
        #expect(document.paragraphs.map { String($0.text) } == [
            "Tỷ lệ hộ nghèo giảm 1,7% so với cùng kỳ (vượt kế hoạch), bằng 113,3% kế hoạch (kế hoạch giảm 1,5%).",
            "Chỉ số sản xuất công nghiệp tăng (%) 8,4% so với cùng kỳ (không đạt kế hoạch), bằng 93,3% kế hoạch (kế hoạch tăng 9%).",
            "Tỷ lệ hộ nghèo ước đạt 3,1% (đạt kế hoạch), bằng 103,2% kế hoạch (kế hoạch 3,2%).",
        ])
    }
}
