import Testing
import Facts
import FactReading
import Report

/// A year's start and end said in clauses of their own: the start is last
/// year's figure of the end's, pair by pair, each with the one measured alike.
@Suite("The year's start set against its end")
struct YearStartTests {
    @Test("figures after `cuối năm` (or `còn`) take those measured alike after `đầu năm` as last year's; not a period's start, nor in the plan", arguments: [
        ("Đầu năm toàn xã có 96 hộ nghèo, chiếm 1,52%; đến cuối năm giảm còn 41 hộ, chiếm 0,65%.", ["41 hộ": "96", "0,65%": "1,52"]),
        ("Thời điểm đầu năm có 12 thôn chưa có nhà văn hóa; cuối năm còn 5 thôn.", ["5 thôn": "12"]),
        ("Số hộ nghèo đầu năm là 312 hộ, đến cuối năm giảm còn 247 hộ.", ["247 hộ": "312"]),
        ("Thu 6 tháng đầu năm đạt 5,2 tỷ đồng; dự kiến đến cuối năm đạt 9,8 tỷ đồng.", [:]),
        ("Đầu năm có 40 hộ cận nghèo; cuối năm còn 31 hộ nghèo.", [:]),
        ("II. PHƯƠNG HƯỚNG NĂM 2027\n\nĐầu năm có 96 hộ nghèo; phấn đấu đến cuối năm còn 60 hộ.", [:]),
        // What is left, said with no year's end.
        ("Tỷ lệ hộ nghèo đầu năm 2,96% (186 hộ); 9 tháng thoát nghèo 42 hộ, còn 144 hộ, chiếm 2,29%.", ["144 hộ": "186", "2,29%": "2,96"]),
        ("Đầu năm có 245 hộ nghèo; đã hỗ trợ 30 hộ, còn 12 hộ chưa được hỗ trợ.", [:]),
    ] as [(String, [String: String])])
    func pairs(_ text: String, _ previous: [String: String]) {
        let store = FactStore(documents: [ReportReader.read(text: text + "\n", name: "wording")])
        var found: [String: String] = [:]
        for fact in store.facts where fact.role == .primary {
            if let before = fact.comparison(.previousValue) { found[fact.text] = "\(before.value)".replacingOccurrences(of: ".", with: ",") }
        }
        #expect(found == previous)
    }
}
