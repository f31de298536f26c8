import Testing
@testable import Report

/// A row of a table of targets laid out as a list under the line that names
/// it: read as the table's row, each figure where it stands.
extension ReportReaderTests {
    static func bodies(_ text: String) -> [String] {
        ReportReader.read(text: text, name: "t").paragraphs.filter { $0.kind == .body && !$0.text.isEmpty }.map { String($0.text) }
    }

    @Test("a heading's labelled items are its table row: plan, estimate, share, verdict, last year and next year's plan")
    func labelledRow() {
        let text = "BÁO CÁO\nKết quả năm 2026\n\nI. Chỉ tiêu kinh tế\n\n1. Tổng thu ngân sách nhà nước trên địa bàn\n\n"
            + "- Thực hiện năm 2025: 38,4 tỷ đồng.\n- Kế hoạch năm 2026: 40 tỷ đồng.\n- Ước thực hiện năm 2026: 43,7 tỷ đồng.\n"
            + "- Tỷ lệ: 109,3%.\n- Đánh giá: Vượt.\n- Kế hoạch năm 2027: 46 tỷ đồng.\n"
        let document = ReportReader.read(text: text, name: "t")
        let bodies = document.paragraphs.filter { $0.kind == .body && !$0.text.isEmpty && $0.section != nil }
        #expect(bodies.map { String($0.text) } == [
            "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 43,7 tỷ đồng (vượt kế hoạch), bằng 109,3% kế hoạch "
                + "(cùng kỳ năm trước 38,4 tỷ đồng) (kế hoạch 40 tỷ đồng).",
            "Tổng thu ngân sách nhà nước trên địa bàn 46 tỷ đồng.",
        ])
        // Each figure where it stands: the estimate on its own line, after its label.
        let row = bodies[0]
        let offset = row.text.unicodeScalars.distance(from: row.text.startIndex, to: row.text.range(of: "43,7")!.lowerBound)
        let anchor = row.anchors.last { $0.offset <= offset }!
        let line = "- Ước thực hiện năm 2026: 43,7 tỷ đồng."
        #expect(anchor.location.line == 10 && anchor.location.column == line.utf8.distance(from: line.startIndex, to: line.range(of: "43,7")!.lowerBound) + 1)
        // Next year's plan in a section of its own under the heading's, of the plan.
        let plan = bodies[1]
        #expect(plan.section.map { document.sections[$0].title } == "Kế hoạch năm 2027")
    }

    @Test("a numbered line too long for a heading, or a list item's label, names its items too; items with no figure done in the period, or prose, are left as they are")
    func labelledRowAfterLongLine() {
        let long = "I. Kết quả\n\n13. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân ở các thôn vùng sâu\n\n"
            + "- Kế hoạch: dưới 8%.\n- Ước thực hiện: 7,4%.\n"
        #expect(Self.bodies(long) == [
            "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân ở các thôn vùng sâu ước đạt 7,4% (kế hoạch dưới 8%).",
        ])
        let labelled = "I. Kết quả\n\n- Tổng thu ngân sách nhà nước trên địa bàn:\n+ Kế hoạch: 21,5 tỷ đồng;\n"
            + "+ Thực hiện: 23,9 tỷ đồng;\n+ Đạt: 111,2%.\n"
        #expect(Self.bodies(labelled) == [
            "Tổng thu ngân sách nhà nước trên địa bàn đạt 23,9 tỷ đồng, bằng 111,2% kế hoạch (kế hoạch 21,5 tỷ đồng).",
        ])
        let planOnly = "I. Kết quả\n\n1. Thu ngân sách\n\n- Kế hoạch: 40 tỷ đồng.\n- Chỉ tiêu phấn đấu: 44 tỷ đồng.\n"
        #expect(Self.bodies(planOnly) == ["- Kế hoạch: 40 tỷ đồng.", "- Chỉ tiêu phấn đấu: 44 tỷ đồng."])
        // Last year's figure beside this year's target, in a report on this year: nothing done in it to read.
        let lastYear = "BÁO CÁO\nKết quả năm 2026\n\nI. Kết quả\n\n1. Thu ngân sách\n\n- Thực hiện năm 2025: 38 tỷ đồng.\n"
            + "- Kế hoạch năm 2026: 40 tỷ đồng.\n"
        #expect(Self.bodies(lastYear).suffix(2) == ["- Thực hiện năm 2025: 38 tỷ đồng.", "- Kế hoạch năm 2026: 40 tỷ đồng."])
        let prose = "I. Kết quả\n\n1. Thu ngân sách\n\n- Thu tiền sử dụng đất đạt 12 tỷ đồng.\n- Thu thuế: 8 tỷ đồng.\n"
        #expect(Self.bodies(prose) == ["- Thu tiền sử dụng đất đạt 12 tỷ đồng.", "- Thu thuế: 8 tỷ đồng."])
    }
}
