import Testing
@testable import Report
@testable import Facts
@testable import FactReading
import TestSupport

/// How the scanner reads wordings of the genre that the shipped report does
/// not use. Each sentence is ours; each case says what the numbers of one
/// sentence must read as: their text as found and their unit, in order.
@Suite("Wordings of the genre, read sentence by sentence")
struct GenreWordingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var facts: [String]
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        // `cấp` names a level (`cấp 2`), but gives when a counted noun follows.
        Case(sentence: "Cấp 45 giấy phép xây dựng nhà ở riêng lẻ.", facts: ["45 giấy phép|giấy phép"]),
        Case(sentence: "Cấp 7 giấy chứng nhận quyền sử dụng đất lần đầu.", facts: ["7 giấy chứng nhận|giấy chứng nhận"]),
        // `GP`, as lists abbreviate a permit.
        Case(sentence: "Cấp 96 giấy phép xây dựng (giảm 14 GP so CK).", facts: ["96 giấy phép|giấy phép", "14 GP|giấy phép"]),
        Case(sentence: "Học sinh cấp 2 tham gia hội thi đạt 14 giải.", facts: ["14 giải|giải"]),
        // So does it when money follows, its scale word first; `tỷ lệ` after a year is no billion.
        Case(sentence: "Vốn do tỉnh phân cấp 275 tỷ đồng, vốn huyện 140 tỷ đồng; cuối 2025 tỷ lệ che phủ 45%.",
             facts: ["275 tỷ đồng|tỷ đồng", "140 tỷ đồng|tỷ đồng", "45%|%"]),
        // `danh mục` and `tổng số` count where `mục 3` and `số 7` name.
        Case(sentence: "Lập danh mục 18 khu đất công để quản lý.", facts: ["18 khu đất|khu đất"]),
        Case(sentence: "Trong tổng số 26 khu đất có 11 khu đất đã đấu giá.", facts: ["26 khu đất|khu đất", "11 khu đất|khu đất"]),
        // `dân số` counts the people, though `số` alone names (`Dân số 48 nghìn người`).
        Case(sentence: "Dân số 48 nghìn người; theo số 3 của kế hoạch có 12 thôn.", facts: ["48 nghìn người|nghìn người", "12 thôn|thôn"]),
        Case(sentence: "Theo mục 3 của kế hoạch, xây dựng 5 nhà văn hóa.", facts: ["5 nhà|nhà"]),
        // A ratio with its unit on both sides, a range of stars, spaced ranges.
        Case(sentence: "Đã kê khai 720 thửa/2.900 thửa.", facts: ["720 thửa/2.900 thửa|thửa"]),
        Case(sentence: "Tăng trưởng đạt 7 - 7,5%.", facts: ["7 - 7,5%|%"]),
        // Emphasis that closes on the number, before its unit, as converted documents write a figure in bold.
        Case(sentence: "Doanh thu du lịch đạt **71,5** tỷ đồng.", facts: ["71,5 tỷ đồng|tỷ đồng"]),
        Case(sentence: "Đón *120.000* lượt khách, trong đó **3.400** khách quốc tế.", facts: ["120.000 lượt khách|lượt", "3.400 khách|khách"]),
        // Dollars written out, and a large figure without its thousands' dots.
        Case(sentence: "Kim ngạch xuất khẩu đạt 125 triệu đô la Mỹ.", facts: ["125 triệu đô la Mỹ|triệu USD"]),
        Case(sentence: "Giải ngân được khoảng 7400 tỷ đồng.", facts: ["7400 tỷ đồng|tỷ đồng"]),
        // Thousands parted by spaces, as documents converted from PDF write them; two numbers side by side are not.
        Case(sentence: "Thu ngân sách đạt 1 250 tỷ đồng; gieo trồng 12 345,6 ha.", facts: ["1 250 tỷ đồng|tỷ đồng", "12 345,6 ha|ha"]),
        Case(sentence: "Năm 2025 250 hộ thoát nghèo; khối 9 100% học sinh tốt nghiệp.", facts: ["250 hộ|hộ", "100%|%"]),
        // A school level names a school (`Mầm non 8/3`), but counts in a list by level with its unit after.
        Case(sentence: "Trường Mầm non 8/3 đạt chuẩn; số trường đạt chuẩn: mầm non 7 trường, tiểu học 9 trường.",
             facts: ["7 trường|trường", "9 trường|trường"]),
        // Medals by kind after their total, the noun left out: `đồng` is bronze there, not money.
        Case(sentence: "Giành 21 huy chương (6 vàng, 7 bạc, 8 đồng); hỗ trợ 8 đồng chí.",
             facts: ["21 huy chương|huy chương", "6 vàng|huy chương", "7 bạc|huy chương", "8 đồng|huy chương", "8 đồng chí|đồng chí"]),
        // `kỳ` names (`kỳ 3`), but `định kỳ`, `trong kỳ` count.
        Case(sentence: "Tiếp công dân định kỳ 186 lượt; trong kỳ 45 vụ vi phạm; kỳ 3 khai mạc.", facts: ["186 lượt|lượt", "45 vụ|vụ"]),
        // A percent written out.
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,5 phần trăm.", facts: ["2,5 phần trăm|%"]),
        // Money and area as tables abbreviate them: a million `tr.`, đồng `đ`, a million đồng `trđ`.
        Case(sentence: "Thu ngân sách 45.320 tr.đồng; chi 41.200 Trđ; thu khác 312 triệu đ.",
             facts: ["45.320 tr.đồng|triệu đồng", "41.200 Trđ|triệu đồng", "312 triệu đ|triệu đồng"]),
        Case(sentence: "Thu nhập 62,5 tr.đ/người/năm; xuất khẩu 48,6 tr.USD; gieo trồng 1.250 hécta; trồng rừng 86 héc ta.",
             facts: ["62,5 tr.đ/người/năm|triệu đồng/người/năm", "48,6 tr.USD|triệu USD", "1.250 hécta|ha", "86 héc ta|ha"]),
        Case(sentence: "Kim ngạch nhập khẩu 37,4 tr USD; chi 860 tr đồng.", facts: ["37,4 tr USD|triệu USD", "860 tr đồng|triệu đồng"]),
        Case(sentence: "Đón 245 ng.lượt khách; lượt khách quốc tế 18 ng. lượt.", facts: ["245 ng.lượt khách|nghìn lượt", "18 ng. lượt|nghìn lượt"]),
        // The months a figure covers, and an age in months, are not figures; an amount per month is.
        Case(sentence: "Trong 9 tháng, thu ngân sách 06 tháng cuối năm ước đạt 412 tỷ đồng.", facts: ["412 tỷ đồng|tỷ đồng"]),
        Case(sentence: "Lương bình quân 7,2 triệu đồng/tháng.", facts: ["7,2 triệu đồng/tháng|triệu đồng/tháng"]),
        // Workers counted as times (`lượt lao động`) are workers, as jobs are counted.
        Case(sentence: "Tạo việc làm mới cho 3.250 lượt lao động.", facts: ["3.250 lượt lao động|lao động"]),
        // A rate per ten thousand people with its per in the name: the figure is the rate, the population no figure.
        Case(sentence: "Số bác sĩ trên 10.000 dân đạt 9,2 bác sĩ.", facts: ["9,2 bác sĩ|bác sĩ/vạn dân"]),
        Case(sentence: "Số giường bệnh/vạn dân đạt 31,5.", facts: ["31,5|giường bệnh/vạn dân"]),
        Case(sentence: "Xã có trên 10.000 dân và 45 bác sĩ.", facts: ["10.000 dân|dân", "45 bác sĩ|bác sĩ"]),
        // Two counts joined by `và` share the per after the second.
        Case(sentence: "Đạt 9,8 bác sĩ và 28,4 giường bệnh trên 1 vạn dân.", facts: ["9,8 bác sĩ|bác sĩ/vạn dân", "28,4 giường bệnh trên 1 vạn dân|giường bệnh/vạn dân"]),
        // A `d/m` after `đến`, `từ`, `hết` with no unit is a date; with its unit, a ratio.
        Case(sentence: "Giải ngân đến 20/9 đạt 143 tỷ đồng; từ 01/7 đến 30/9 thu 12 tỷ đồng.", facts: ["143 tỷ đồng|tỷ đồng", "12 tỷ đồng|tỷ đồng"]),
        // `giải` opening a verb after the date is no prize the date would count (`đến 30/9 giải ngân`).
        Case(sentence: "Đến 30/9 giải ngân 264 tỷ đồng; tổ chức 6 giải thể thao.", facts: ["264 tỷ đồng|tỷ đồng", "6 giải|giải"]),
        Case(sentence: "Số xã đạt chuẩn tăng từ 8/10 xã lên 10/10 xã.", facts: ["8/10 xã|xã, phường", "10/10 xã|xã, phường"]),
        // A scale glued to `đồng` is money all the same.
        Case(sentence: "Doanh thu đạt 1.025,5 tỷđồng; chi 312 triệuđồng.", facts: ["1.025,5 tỷđồng|tỷ đồng", "312 triệuđồng|triệu đồng"]),
        // A thousand million đồng in one word, as a million's `trđ`.
        Case(sentence: "Thu ngân sách ước 312 tỷđ; chi 96,4 tỉđ.", facts: ["312 tỷđ|tỷ đồng", "96,4 tỉđ|tỷ đồng"]),
        // A Party committee's counts; a figure's estimate after its slash is no per.
        Case(sentence: "Kết nạp 42 đảng viên mới, thành lập 3 chi bộ.", facts: ["42 đảng viên|đảng viên", "3 chi bộ|chi bộ"]),
        Case(sentence: "Thu NSNN 27,4 tỷ đồng/DT 40 tỷ đồng.", facts: ["27,4 tỷ đồng|tỷ đồng", "40 tỷ đồng|tỷ đồng"]),
        // `cả 3 tiêu chí` names all three criteria of traffic accidents; it counts nothing done.
        Case(sentence: "Giảm tai nạn giao thông trên cả 3 tiêu chí 4% so với năm 2026.", facts: ["4%|%"]),
        Case(sentence: "Có 3 tiêu chí chưa đạt.", facts: ["3 tiêu chí|tiêu chí"]),
    ]

    @Test(arguments: cases)
    func reads(_ wording: Case) {
        let document = ReportReader.read(text: wording.sentence + "\n", name: "wording")
        let store = FactStore(documents: [document])
        let found = store.facts.map { "\($0.text)|\($0.unit.symbol)" }
        #expect(found == wording.facts)
    }

    @Test("the sign of a bound before a number is read as its word is: `≥ 95%`, `≤2%`")
    func boundSigns() {
        let document = ReportReader.read(text: "Tỷ lệ tham gia BHYT ≥ 95%, tỷ lệ hộ nghèo ≤2%, khoảng 40 hộ; 3 - 5 xã.\n", name: "signs")
        let bounds = FactStore(documents: [document]).facts.map { fact in
            fact.qualifiers.compactMap { qualifier -> String? in if case .approximate(let word) = qualifier { word } else { nil } }
        }
        #expect(bounds == [["≥"], ["≤"], ["khoảng"], []])
    }

    @Test("a comparison is as approximate as its words make it: `tăng hơn 22%`, `đạt gần 89%`; `cao hơn 3%` is a comparative")
    func approximateComparisons() {
        let text = "Khách du lịch đạt 152.000 lượt, tăng hơn 22% so với năm trước. Thu ngân sách 46 tỷ đồng, đạt gần 89% dự toán. "
            + "Tỷ lệ che phủ rừng 66%, cao hơn 3% so với năm trước.\n"
        let words = FactStore(documents: [ReportReader.read(text: text, name: "approximate")]).facts.map { fact in
            fact.qualifiers.compactMap { qualifier -> String? in if case .approximate(let word) = qualifier { word } else { nil } }
        }
        #expect(words == [[], ["hơn"], [], ["gần"], [], []])
    }

    @Test("a share of plan after those a figure was done for is the figure's", arguments: [
        "Thu hồi 396,5 ha đất để thực hiện 48 dự án, đạt 86,4% kế hoạch.",
        "Giải ngân 86 tỷ đồng cho 48 dự án, đạt 72% kế hoạch.",
    ])
    func shareOfDoneFor(_ sentence: String) {
        let facts = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "share")]).facts
        #expect(facts.first?.qualifiers.contains { $0.kind == "percentOfPlan" } == true)
        #expect(facts.dropFirst().first?.qualifiers.isEmpty == true)
    }

    @Test("a verdict judges the figure before it, but not where it says what a count of targets counts",
          arguments: [
            ("Tỷ lệ hộ nghèo giảm còn 2,1%, hoàn thành vượt mức chỉ tiêu.", ["2,1%": "exceeded"]),
            ("Thu ngân sách 46,2 tỷ đồng, vượt dự toán giao.", ["46,2 tỷ đồng": "exceeded"]),
            ("Thu ngân sách 46,2 tỷ đồng, đạt dự toán.", ["46,2 tỷ đồng": "met"]),
            ("Xã đề ra 22 chỉ tiêu; đã hoàn thành vượt mức kế hoạch 9 chỉ tiêu, hoàn thành kế hoạch 11 chỉ tiêu.", [:]),
          ])
    func verdicts(_ sentence: String, _ expected: [String: String]) {
        let facts = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "verdict")]).facts
        var statuses: [String: String] = [:]
        for fact in facts {
            for case .status(let status) in fact.qualifiers { statuses[fact.text] = status.rawValue }
        }
        #expect(statuses == expected)
    }
}
