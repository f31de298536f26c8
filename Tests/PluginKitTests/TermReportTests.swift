import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// A report on a term of years (`5 năm 2021 - 2025`) gives the term's
/// figures as its own: a rule that excludes a term's average from a year's
/// report (growth excludes `giai đoạn`) takes it in the term's.
@Suite("Reading a report on a term of years")
struct TermReportTests {
    static func growth(title: String, results: String) -> String? {
        let text = "UBND HUYỆN ĐÔNG SƠN\n\nSố: 301/BC-UBND\n\nĐông Sơn, ngày 20 tháng 8 năm 2025\n\nBÁO CÁO\n\n\(title)\n\n"
            + "I. KẾT QUẢ THỰC HIỆN\n\n\(results)\n"
        let document = ReportReader.read(text: text, name: "t")
        return Reports.catalog(FactStore(documents: [document])).resolver.value(at: "economy.growth")?.actual?.formattedValue()
    }

    static let averaged = "Tốc độ tăng trưởng kinh tế bình quân giai đoạn ước đạt 8,3%/năm, vượt mục tiêu đề ra (8%/năm)."

    @Test("a term's average growth is the growth of a report on the term, and no year's")
    func averageGrowth() {
        #expect(Self.growth(title: "Kết quả thực hiện kế hoạch 5 năm 2021 - 2025; phương hướng 5 năm 2026 - 2030", results: Self.averaged) == "8,3%")
        #expect(Self.growth(title: "Kết quả thực hiện nhiệm vụ năm 2025 và giai đoạn 2021 - 2025", results: Self.averaged) == nil)
        #expect(Self.growth(title: "Kết quả thực hiện nhiệm vụ năm 2025",
                            results: "Tốc độ tăng trưởng kinh tế năm 2025 ước đạt 8,1%; bình quân giai đoạn 2021-2025 đạt 7,6%/năm.") == "8,1%")
    }
}
