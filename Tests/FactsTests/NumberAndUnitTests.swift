import Testing
@testable import Platform
@testable import Report
@testable import Facts
@testable import FactReading
@testable import FactCache
import Query
import Foundation
import TestSupport

@Suite("Vietnamese numbers and units")
struct NumberAndUnitTests {
    /// The values of the facts read from `text`, a report of one line, as baocao prints them.
    static func values(read text: String) -> [String] {
        FactStore(documents: [ReportReader.read(text: text + "\n", name: "t")]).facts.map { $0.formattedValue() }
    }

    @Test(arguments: [("3.176.000", "3176000"), ("10,15", "10.15"), ("85.722,34", "85722.34"), ("03", "3"),
                      ("3,750", "3.75"), ("0,02", "0.02"), ("794.938.602", "794938602"), ("2940", "2940"),
                      ("12.34", "12.34"), ("2.5", "2.5"), ("0.75", "0.75"), ("1746.5", "1746.5"),
                      ("1 250", "1250"), ("12 345,6", "12345.6"), ("1 250 000", "1250000")])
    func parse(_ text: String, _ value: String) {
        #expect(VietnameseNumber.parse(Substring(text)) == Decimal(string: value))
    }

    @Test(arguments: ["1.23.4", "1.234.5", "1.2,5", ".5", ",5", "1,", "1,2,3", "1 25", "1,5 250"])
    func malformed(_ text: String) {
        #expect(VietnameseNumber.parse(Substring(text)) == nil)
    }

    @Test("a decimal dot, as an English keyboard types it, reads where it cannot group thousands; a number without a unit stays none")
    func decimalDots() {
        let store = FactStore(documents: [ReportReader.read(
            text: "Tỷ lệ hộ nghèo còn 2.15%, đón 1.2 triệu lượt khách, thu 1.250 tỷ đồng; cách mạng công nghiệp 4.0.\n", name: "t")])
        #expect(store.facts.map { $0.formattedValue() } == ["2,15%", "1,2 triệu lượt", "1.250 tỷ đồng"])
    }

    @Test("commas grouping thousands, as an English keyboard types them, read in a count of whole things, and before a decimal point in any unit; a single comma stays a decimal mark elsewhere", arguments: [
        ("Đón 245,600 lượt khách, tăng 1,200 lượt.", ["245.600 lượt", "1.200 lượt"]),
        ("Đón 1,234,567 lượt khách.", ["1.234.567 lượt"]),
        ("Diện tích 1,250 ha; quy mô 3,125 người/hộ; đàn gia cầm 2,500 nghìn con; thu 12,345 tỷ đồng.",
         ["1,25 ha", "3,125 người/hộ", "2,5 nghìn con", "12,345 tỷ đồng"]),
        ("Chỉ số đạt 65,125 điểm, gấp 1,125 lần năm trước.", ["65,125 điểm", "1,125 lần"]),
        // A point after comma-grouped thousands is a decimal mark, whatever the unit: no Vietnamese number writes so.
        ("Thu ngân sách đạt 1,234.5 tỷ đồng; vốn 12,345,678.25 triệu đồng; giá trị 1,23.5 tỷ đồng.",
         ["1.234,5 tỷ đồng", "12.345.678,25 triệu đồng"]),
    ])
    func commaGroupedCounts(_ text: String, _ values: [String]) {
        #expect(Self.values(read: text) == values)
    }

    @Test("a bare number after a casualty's word counts people", arguments: [
        ("Tai nạn giao thông: 6 vụ, chết 5, bị thương 3.", ["6 vụ", "5 người", "3 người"]),
        ("Xảy ra 2 vụ, làm chết 1 người, bị thương 2 người.", ["2 vụ", "1 người", "2 người"]),
        ("Năm 2025 có 4 vụ, thương vong 5.", ["4 vụ"]),
    ])
    func casualties(_ text: String, _ values: [String]) {
        #expect(Self.values(read: text) == values)
    }

    @Test("a list item's label may name the unit in brackets before its colon: its bare figures are in it", arguments: [
        ("- Thu ngân sách trên địa bàn (tỷ đồng): 512,4 (năm 2025: 468,1).", ["512,4 tỷ đồng", "468,1 tỷ đồng"]),
        ("- Tỷ lệ hộ nghèo (%): 7,14 (kế hoạch: 7,5).", ["7,14%", "7,5%"]),
        ("- Số xã đạt chuẩn nông thôn mới (xã): 12/19.", ["12/19 xã, phường"]),
        // A bracket that names no unit, or a figure past the item's clause, takes none.
        ("- Thu ngân sách (năm 2026): 512,4.", []),
        ("- Du lịch (lượt): đón khách; năm 2026 tăng 12.", []),
    ] as [(String, [String])])
    func labelUnits(_ text: String, _ values: [String]) {
        #expect(Self.values(read: text) == values)
    }

    @Test("a count written bare after `là`, `đạt`, `mức`, `tăng`, `giảm` or a colon, or right after `số` and its count, is in the unit `số` named; a ratio's is a number; a change bare in brackets after a count is in its unit", arguments: [
        ("Số doanh nghiệp thành lập mới là 38, tăng 6 doanh nghiệp so với năm trước.", ["38 doanh nghiệp", "6 doanh nghiệp"]),
        ("Tổng số hộ nghèo toàn huyện là 412.", ["412 hộ"]),
        ("Số lượng doanh nghiệp đang hoạt động: 1.240.", ["1.240 doanh nghiệp"]),
        // No count after `số`, a figure that does not close its phrase, or `số` in another clause: none.
        ("Theo Quyết định số 12 ngày 5/3/2026, mức hỗ trợ là 4.", []),
        ("Số doanh nghiệp thành lập mới là 38 trong năm.", []),
        ("Số doanh nghiệp tăng mạnh, đạt 38.", []),
        // A ratio's or an index's value, bare, is a plain number: `tỷ số`, `chỉ số` count nothing.
        ("Tỷ số giới tính khi sinh là 111,3.", ["111,3"]),
        ("Chỉ số giá tiêu dùng bình quân năm là 103,2.", ["103,2"]),
        ("Tỷ số giới tính khi sinh ở mức 111,3.", ["111,3"]),
        ("Số hộ nghèo giữ ở mức 86, không tăng so với năm trước.", ["86 hộ"]),
        // So is a change written bare after its count's verb; an index's change is no figure.
        ("So với năm trước, số vụ giảm 03 (-14,3%), số người bị thương tăng 2.", ["-3 vụ", "-14,3%", "2 người"]),
        ("Chỉ số giá tiêu dùng tăng 3,1.", []),
        // `số` and its count right before the figure name it; a count of more words does not.
        ("Tai nạn giao thông: số vụ 12 (giảm 2), bị thương 6.", ["12 vụ", "6 người"]),
        ("Tổng số hộ 1.250, số hộ nghèo 48.", ["1.250 hộ"]),
        // A change bare in brackets after a count, a sign or its verb before it, is in the count's unit.
        ("Xảy ra 12 vụ (-2), chết 8 người (giảm 1); thành lập 45 doanh nghiệp (+6).",
         ["12 vụ", "-2 vụ", "8 người", "-1 người", "45 doanh nghiệp", "6 doanh nghiệp"]),
        ("Có 12 vụ (năm 2025 là 14); hỗ trợ 45 hộ (+6 tháng).", ["12 vụ", "45 hộ"]),
    ] as [(String, [String])])
    func bareCounts(_ text: String, _ values: [String]) {
        #expect(Self.values(read: text) == values)
    }

    @Test("the sex ratio at birth, boys for every hundred girls, is a plain number however its per is written", arguments: [
        ("Tỷ số giới tính khi sinh 112 bé trai/100 bé gái.", ["112"]),
        ("Tỷ số giới tính khi sinh là 109,6 trẻ trai/100 trẻ gái, giảm 1,2 so với năm trước.", ["109,6"]),
        ("Tỷ số giới tính khi sinh 110,4 nam/100 nữ.", ["110,4"]),
    ] as [(String, [String])])
    func sexRatio(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("money written in two scales is one amount in the larger, thousands spoken before a unit one number; a count or a year after a scale is not its part", arguments: [
        ("Thu ngân sách được 45 tỷ 300 triệu đồng.", ["45,3 tỷ đồng"]),
        ("Hỗ trợ 350 triệu 500 nghìn đồng cho hộ nghèo.", ["350,5 triệu đồng"]),
        ("Thu 1 tỷ 50 triệu, đạt 105% dự toán.", ["1,05 tỷ đồng", "105%"]),
        ("Vốn 2 tỷ 500 triệu lượt.", ["2 tỷ đồng", "500 triệu lượt"]),
        ("Thu 12 tỷ; 300 triệu đồng chưa thu.", ["12 tỷ đồng", "300 triệu đồng"]),
        // Thousands spoken before a unit: one number of that unit.
        ("Doanh thu khoảng 2 nghìn 300 tỷ đồng, đón 3 nghìn 450 lượt khách.", ["2.300 tỷ đồng", "3.450 lượt"]),
        ("Có 2 nghìn hộ; 5 nghìn 2025.", ["2 nghìn hộ", "5 nghìn"]),
        // Millions and thousands of one counted noun: one number of its thousands.
        ("Đón 1 triệu 340 nghìn lượt khách; dân số 2 triệu người.", ["1.340 nghìn lượt", "2 triệu người"]),
    ] as [(String, [String])])
    func twoScales(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("a multiple spelled after `gấp` is a count of `lần`; `năm` is one only before `lần`, and a word that starts alike is none", arguments: [
        ("Khách tăng gấp đôi, đạt 900 lượt.", ["2 lần", "900 lượt"]),
        ("Doanh thu 12 tỷ đồng, gấp rưỡi cùng kỳ.", ["12 tỷ đồng", "1,5 lần"]),
        ("Thu 8 tỷ đồng, gấp năm lần cùng kỳ.", ["8 tỷ đồng", "5 lần"]),
        ("Thu 8 tỷ đồng, gấp năm 2024 nhiều.", ["8 tỷ đồng"]),
        ("Có 3 vụ gấp bao tải.", ["3 vụ"]),
    ] as [(String, [String])])
    func spelledMultiples(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("none of a counted noun (`không còn`, `không có`) or no one (`không ai`) is a zero of it, but only in a clause with no other number or as an item of its own", arguments: [
        ("Trên địa bàn xã không còn hộ nghèo; số hộ cận nghèo còn 58 hộ.", ["0 hộ", "58 hộ"]),
        ("Không còn hộ nghèo.", ["0 hộ"]),
        ("Trong năm không có người chết do tai nạn giao thông.", ["0 người"]),
        ("Hỗ trợ 12 hộ không có nhà ở.", ["12 hộ"]),
        ("Tỷ lệ người không có việc làm còn 2,1%.", ["2,1%"]),
        ("Xã không có đất sản xuất dự phòng.", []),
        ("Giải quyết hồ sơ đúng hạn, không có vụ việc nào chậm trễ.", []),
        // An item of a list parted by commas, with no digit of its own.
        ("Tai nạn giao thông xảy ra 3 vụ, không có người chết, bị thương 4 người.", ["3 vụ", "0 người", "4 người"]),
        ("Cháy 2 vụ (không có người bị thương), thiệt hại 80 triệu đồng.", ["2 vụ", "0 người", "80 triệu đồng"]),
        ("Hỗ trợ 40 hộ, trong đó 12 hộ không có nhà ở, 3 hộ thiếu đất.", ["40 hộ", "12 hộ", "3 hộ"]),
        ("Có 5 hộ, không có hộ 2 con.", ["5 hộ", "2 con"]),
        // An item of another noun says what the figure before it lacks.
        ("Xử lý 3 công trình sai quy hoạch, không có giấy phép xây dựng.", ["3 công trình"]),
        // No one, before what befell them; not `không ai khác` (none other).
        ("Xảy ra 2 vụ cháy, không ai bị thương, thiệt hại 50 triệu đồng.", ["2 vụ", "0 người", "50 triệu đồng"]),
        ("Tai nạn làm 1 người chết; không ai bị thương.", ["1 người", "0 người"]),
        ("Không ai khác ngoài chủ hộ.", []),
    ] as [(String, [String])])
    func noneOfANoun(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("numbers in words cut short at a paragraph's end read what stands, and nothing past it", arguments: [
        ("gấp", []), ("gấp ", []), ("tăng gấp đôi", ["2 lần"]), ("gấp năm", []), ("gấp đôi lần", ["2 lần"]),
        ("không c", []), ("không có", []), ("không còn ", []), ("Không có hộ", ["0 hộ"]), ("xkhông có hộ", []),
        ("gấpđôi", []), ("không có hộ nào", []), ("1 vụ; không có người", ["1 vụ", "0 người"]),
        ("không ai", []), ("không ai ", []), ("Không ai chết", ["0 người"]),
    ] as [(String, [String])])
    func numberWordsCutShort(_ text: String, _ values: [String]) {
        #expect(Self.values(read: text) == values)
    }

    @Test("a clause listing thousands of zeros reads every one of them")
    func manyZerosInOneClause() {
        let places = (0..<3_000).map { "thôn \($0 % 26 == 0 ? "A" : "B") không có hộ nghèo" }
        let values = Self.values(read: "Trên địa bàn " + places.joined(separator: ", ") + ".")
        #expect(values.count == 3_000)
        #expect(Set(values) == ["0 hộ"])
    }

    @Test("a month named by its number is no figure; a number after a period of months is one", arguments: [
        ("Tháng 7 xảy ra 2 vụ cháy.", ["2 vụ"]),
        ("Từ tháng 3 đến tháng 9 có 12 vụ.", ["12 vụ"]),
        ("Riêng tháng 10 năm 2026 đón 8.400 lượt khách.", ["8.400 lượt"]),
        ("Trong quý xảy ra 2 vụ; tính chung 9 tháng 7 vụ, giảm 3 vụ.", ["2 vụ", "7 vụ", "-3 vụ"]),
    ] as [(String, [String])])
    func monthsAndPeriods(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("a decimal mark typed with no decimals before the percent sign is none; one between numbers parts them", arguments: [
        ("Giá trị sản xuất ước đạt 213,5 tỷ đồng, đạt 102,% kế hoạch.", ["213,5 tỷ đồng", "102%"]),
        ("Tỷ lệ bao phủ đạt 96.% dân số.", ["96%"]),
        ("Có 12, 14% và 16% hộ.", ["14%", "16%"]),
    ] as [(String, [String])])
    func strayDecimalMark(_ sentence: String, _ values: [String]) {
        #expect(Self.values(read: sentence) == values)
    }

    @Test("a no-break or narrow space between a number and its unit is a space, and the columns stay", arguments: [
        "\u{00A0}", "\u{202F}", "\u{2009}",
    ])
    func fixedSpaces(_ space: String) throws {
        let plain = FactStore(documents: [ReportReader.read(text: "Trồng rừng tập trung 1.285 ha, thu 52 triệu đồng.\n", name: "t")])
        let fixed = FactStore(documents: [ReportReader.read(
            text: "Trồng rừng tập trung 1.285\(space)ha, thu 52\(space)triệu\(space)đồng.\n", name: "t")])
        #expect(fixed.facts.map { $0.formattedValue() } == ["1.285 ha", "52 triệu đồng"])
        #expect(fixed.facts.map(\.location.column) == plain.facts.map(\.location.column))
        #expect("a b".withPlainSpaces == "a b" && "dấu – “ngoặc” …".withPlainSpaces == "dấu – “ngoặc” …")
    }

    @Test("a place's villages by every region's names, two together too, are one count", arguments: [
        ("Có 38/42 làng, khu dân cư đạt danh hiệu văn hóa.", "38/42 thôn"),
        ("Có 21/24 thôn, khu dân cư đạt danh hiệu văn hóa.", "21/24 thôn"),
        ("Có 17/19 thôn, bản có nhà văn hóa.", "17/19 thôn"),
        ("Có 31/33 ấp, khóm được công nhận văn hóa.", "31/33 thôn"),
        ("Có 12/12 khóm, ấp có nhà văn hóa.", "12/12 thôn"),
    ])
    func villages(_ sentence: String, _ expected: String) throws {
        #expect(Self.values(read: sentence) == [expected])
    }

    @Test("numbers with more digits than can be exact are refused, not rounded")
    func tooLong() {
        #expect(VietnameseNumber.parse(Substring(String(repeating: "9", count: 400))) == nil)
        #expect(VietnameseNumber.parse(Substring(String(repeating: "9", count: 35))) == nil)
    }

    @Test("past nineteen digits (a UInt64) values stay exact up to thirty-four",
          arguments: [("12.345.678.901.234.567.890,123", "12345678901234567890.123"),
                      ("9999999999999999999", "9999999999999999999"), ("0,00000000000000000001", "0.00000000000000000001"),
                      (String(repeating: "7", count: 34), String(repeating: "7", count: 34))])
    func manyDigits(_ text: String, _ value: String) {
        #expect(VietnameseNumber.parse(Substring(text)) == Decimal(string: value))
    }

    @Test("the query language's numbers: a . decimal mark and no grouping")
    func international() {
        #expect(DecimalText.parse("1746.5") == Decimal(string: "1746.5"))
        #expect(DecimalText.parse("007") == 7)
        #expect(DecimalText.parse("123456789012345678901.5") == Decimal(string: "123456789012345678901.5"))
        for bad in ["", ".5", "5.", "1.2.3", "1,5", "-1"] { #expect(DecimalText.parse(Substring(bad)) == nil, "\(bad)") }
    }

    @Test(arguments: [("1746", "1.746"), ("10.15", "10,15"), ("3176000", "3.176.000"), ("-1500.5", "-1.500,5"), ("0.02", "0,02")])
    func format(_ value: String, _ text: String) {
        #expect(NumberStyle.vietnamese.format(Decimal(string: value)!) == text)
    }

    @Test func internationalFormat() {
        #expect(NumberStyle.international.format(Decimal(string: "1746.5")!) == "1,746.5")
    }

    @Test("units of one dimension convert exactly; dimensions never mix")
    func conversion() throws {
        let billion = try #require(UnitLexicon.unit(named: "tỷ đồng"))
        let million = try #require(UnitLexicon.unit(named: "triệu đồng"))
        #expect(Quantity(1, billion).converted(to: million)?.value == 1000)
        let ha = try #require(UnitLexicon.unit(named: "ha")), m2 = try #require(UnitLexicon.unit(named: "m2"))
        #expect(Quantity(1, ha).converted(to: m2)?.value == 10_000)
        #expect(Quantity(1, ha).converted(to: try #require(UnitLexicon.unit(named: "tấn"))) == nil)
        #expect(Quantity(1, try #require(UnitLexicon.unit(named: "USD"))).converted(to: million) == nil)
        let thousandVisits = try #require(UnitLexicon.unit(named: "nghìn lượt"))
        #expect(Quantity(3, thousandVisits).converted(to: try #require(UnitLexicon.unit(named: "lượt")))?.value == 3000)
    }

    @Test("`nghìn tỷ` is one scale: read from the text, typed back, converted; `nghìn` alone is still a thousand")
    func thousandBillions() throws {
        let store = Reports.store(markdown: "Tổng thu ngân sách đạt 1,25 nghìn tỷ đồng; đón 4 ngàn tỉ lượt; 3 nghìn lượt.\n")
        #expect(store.facts.map(\.unit.symbol) == ["nghìn tỷ đồng", "nghìn tỷ lượt", "nghìn lượt"])
        let unit = try #require(UnitLexicon.unit(named: "nghìn tỷ đồng"))
        #expect(unit == store.facts[0].unit)
        #expect(Quantity(Decimal(string: "1.25")!, unit).converted(to: try #require(UnitLexicon.unit(named: "tỷ đồng")))?.value == 1250)
    }

    @Test("`triệu tỷ` is one scale: read from the text, typed back, converted; `triệu` alone is still a million")
    func millionBillions() throws {
        let store = Reports.store(markdown: "Tổng vốn đầu tư toàn xã hội đạt 1,25 triệu tỷ đồng; thu 3 triệu tỉ; đón 2 triệu lượt.\n")
        #expect(store.facts.map(\.unit.symbol) == ["triệu tỷ đồng", "triệu tỷ đồng", "triệu lượt"])
        #expect(store.facts.map(\.value) == [Decimal(string: "1.25")!, 3, 2])
        let unit = try #require(UnitLexicon.unit(named: "triệu tỷ đồng"))
        #expect(unit == store.facts[0].unit && UnitLexicon.unit(named: "trieu ty dong") == unit)
        #expect(Quantity(Decimal(string: "1.25")!, unit).converted(to: try #require(UnitLexicon.unit(named: "nghìn tỷ đồng")))?.value == 1250)
    }

    @Test("a level below zero keeps its sign: a minus written onto it, or `âm` before it; a sign a change takes is the change's")
    func levelsBelowZero() {
        let store = Reports.store(markdown: """
        Tốc độ tăng trưởng kinh tế ước đạt -1,2% do ảnh hưởng của thiên tai.

        Tăng trưởng kinh tế âm 0,8% so với năm trước.

        Tỷ lệ tăng dân số tự nhiên: -0,2%.

        Xảy ra 87 vụ (-9 vụ).

        """)
        #expect(store.facts.map { ValueFormatter().inline(.measure(Measure($0.quantity))) } == ["-1,2%", "-0,8%", "-0,2%", "87 vụ", "-9 vụ"])
        #expect(store.facts.map(\.role) == [.primary, .primary, .primary, .primary, .comparison(.changeOnPrevious)])
        // The level's text holds its minus; a change's sign is its verb's.
        #expect(store.facts.map(\.text) == ["-1,2%", "0,8%", "-0,2%", "87 vụ", "9 vụ"])
    }

    @Test("`vạn` is ten thousand: read, typed back, converted")
    func tenThousands() throws {
        let store = Reports.store(markdown: "Sản lượng lương thực ước đạt 4,2 vạn tấn.\n")
        #expect(store.facts.map(\.unit.symbol) == ["vạn tấn"])
        let unit = try #require(UnitLexicon.unit(named: "vạn tấn"))
        #expect(unit == store.facts[0].unit)
        #expect(Quantity(Decimal(string: "4.2")!, unit).converted(to: try #require(UnitLexicon.unit(named: "tấn")))?.value == 42_000)
    }

    @Test("a million alone per a person or a month is money; a million alone before nothing stays a bare count")
    func millionPer() throws {
        let store = Reports.store(markdown: "Thu nhập bình quân đầu người đạt 61,2 triệu/người/năm; lương bình quân 7,4 triệu/tháng; "
                                  + "sản lượng điện 96 triệu kWh.\n")
        #expect(store.facts.map(\.unit.symbol) == ["triệu đồng/người/năm", "triệu đồng/tháng", "triệu"])
        #expect(store.facts[0].unit == UnitLexicon.unit(named: "triệu đồng/người/năm"))
    }

    @Test("the floor an area is of may stand before what it is per: `m2 sàn/người` is an area a person; `m2 sàn` alone an area")
    func floorArea() {
        let store = Reports.store(markdown: "Diện tích nhà ở bình quân đạt 27,8 m2 sàn/người; phấn đấu đạt 29 m2 sàn.\n")
        #expect(store.facts.map(\.unit.symbol) == ["m²/người", "m²"])
        #expect(store.facts.map(\.text) == ["27,8 m2 sàn/người", "29 m2"])
    }

    @Test("an age names a group of people, and the rate after it keeps its plan; an age given as a value stays one")
    func ages() {
        let named = Reports.store(markdown: "(6) Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ: 96,2%/KH 97% - Không đạt.\n")
        #expect(named.facts.map(\.text) == ["96,2%", "97%"])
        #expect(named.facts[0].comparison(.target)?.value == 97)
        #expect(named.facts[0].status == .missed)
        let groups = Reports.store(markdown: "Tiêm cho trẻ từ 5 - dưới 12 tuổi và người trên 18 tuổi; công dân từ 15 tuổi trở lên.\n")
        #expect(groups.facts.isEmpty)
        let given = Reports.store(markdown: "Tuổi thọ bình quân đạt 74,2 tuổi; tuổi thọ trung bình 73,8 tuổi.\n")
        #expect(given.facts.map(\.text) == ["74,2 tuổi", "73,8 tuổi"])
    }

    @Test("per mille is a tenth of a percent, written touching its number as reports write birth rates")
    func perMille() throws {
        let store = Reports.store(markdown: "Tỷ suất sinh thô 15,2‰, giảm 0,3 ‰ so với năm trước; tăng dân số tự nhiên 0,9%.\n")
        #expect(store.facts.map(\.unit.symbol) == ["‰", "‰", "%"])
        #expect(store.facts[0].formattedValue() == "15,2‰")
        #expect(store.facts[0].comparison(.changeOnPrevious).map { "\($0.value)\($0.unit.symbol)" } == "-0.3‰")
        let unit = try #require(UnitLexicon.unit(named: "‰"))
        #expect(unit == .permille && unit.isCompatible(with: .percent))
        #expect(Quantity(Decimal(string: "15.2")!, unit).converted(to: .percent)?.value == Decimal(string: "1.52"))
    }

    @Test("a range that writes its unit twice is one range; a fall from one figure to another is none", arguments: [
        ("Tốc độ tăng trưởng từ 8% đến 8,5%.", ["8%": "8.5"]),
        ("Thu ngân sách 430 tỷ đồng - 450 tỷ đồng.", ["430 tỷ đồng": "450"]),
        ("Tỷ lệ hộ nghèo giảm từ 4,8% đến 3,5%.", ["4,8%": "", "3,5%": ""]),
        ("Xảy ra 5 vụ - 3 người chết.", ["5 vụ": "", "3 người": ""]),
        // Three figures parted by dashes list shares (a structure's), none a range.
        ("Cơ cấu nông nghiệp - công nghiệp - dịch vụ tương ứng là 18,4% - 32,1% - 49,5%.", ["18,4%": "", "32,1%": "", "49,5%": ""]),
        ("Cơ cấu kinh tế: 18,4 - 32,1 - 49,5%.", ["49,5%": ""]),
    ])
    func rangesWithTwoUnits(_ sentence: String, _ expected: [String: String]) {
        let store = Reports.store(markdown: sentence + "\n")
        let found = Dictionary(store.facts.map { ($0.text.components(separatedBy: " đến ").first!.components(separatedBy: " - ").first!,
                                                 $0.upper.map { "\($0)" } ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(found == expected)
    }

    @Test("money adds up to the đồng")
    func exactMoney() throws {
        let store = Reports.embeddedStore
        let fine = try #require(store.fact(written: "455.750.000 đồng"))
        let profit = try #require(store.fact(written: "339.188.602 đồng"))
        let total = try #require(store.fact(written: "794.938.602 đồng"))
        #expect(fine.value + profit.value == total.value)
    }
}

@Suite("The store: indexes, search and several reports")
struct FactStoreTests {
    @Test("search ignores case and Vietnamese diacritics, đ matching d")
    func search() {
        let store = Reports.embeddedStore
        let folded = store.search("giai phong mat bang")
        #expect(!folded.isEmpty)
        #expect(folded.count == store.search("GIẢI PHÓNG MẶT BẰNG").count)
        #expect(!store.search("dau tu").isEmpty)
        #expect(TextFolding.fold("Đường Lê Hồng Phong") == "duong le hong phong")
    }

    @Test("lookups by id, unit and section")
    func lookups() throws {
        let store = Reports.embeddedStore
        let fact = try #require(store.fact(written: "1.746 tỉ đồng"))
        #expect(store.fact(id: fact.id)?.text == "1.746 tỉ đồng")
        #expect(store.facts(unit: "ha").allSatisfy { $0.unit.symbol == "ha" })
        #expect(store.facts(unit: "ha").count >= 10)
        #expect(store.facts(inSection: "Phần I › II › 1 › a) Hoạt động thương mại - du lịch - dịch vụ").contains { $0.id == fact.id })
        #expect(store.fact(id: -1) == nil)
    }

    @Test("several reports load at once, each fact knowing its report")
    func severalReports() {
        let store = FactStore(documents: [Reports.embedded, Reports.second])
        #expect(store.facts.count == Reports.embeddedStore.facts.count + Reports.secondStore.facts.count)
        #expect(Set(store.facts.map(\.id)).count == store.facts.count)
        #expect(store.facts.last?.report == "second-report")
        #expect(store.reports.count == 2)
    }

    @Test("an empty document gives an empty store")
    func empty() {
        #expect(Reports.store(markdown: "# BÁO CÁO\n\nKhông có số liệu.").facts.isEmpty)
        #expect(FactStore().facts.isEmpty)
    }
}
