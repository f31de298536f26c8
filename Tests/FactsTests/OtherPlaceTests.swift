import Testing
import FoundationEssentials
@testable import Report
@testable import Facts
@testable import FactReading
import Query
import TestSupport

/// A figure of another place than the report's, named before it: a commune's
/// in a district's report, a district's in a province's, a neighbour's. Each
/// sentence is ours; each case lists the sentence's figures that are another
/// place's, with the place, in a report on the district of Mai Châu.
@Suite("Figures of another place than the report's")
struct OtherPlaceTests {
    @Test("a place named before a figure in its phrase, opening its clause or after `riêng`, is the figure's", arguments: [
        ("Xã Tân Thành thu ngân sách đạt 12,4 tỷ đồng, cao nhất huyện.", ["12,4 tỷ đồng": "xã Tân Thành"]),
        // The clause's later figures are the place's too, up to one of the whole.
        ("Du lịch phát triển; riêng xã Chiềng Châu đón 41.000 lượt khách, doanh thu 32 tỷ đồng.",
         ["41.000 lượt khách": "xã Chiềng Châu", "32 tỷ đồng": "xã Chiềng Châu"]),
        ("Thị trấn Mường Khến dẫn đầu: thu 8,2 tỷ đồng, toàn huyện thu 86 tỷ đồng.", ["8,2 tỷ đồng": "thị trấn Mường Khến"]),
        // The place above the report's, said of as a whole, is another place, up to the report's own named after it;
        // not after the report's own place, nor as a ranking.
        ("Năm 2025, toàn tỉnh đón 3,2 triệu lượt khách, trong đó huyện Mai Châu đón 412.000 lượt.", ["3,2 triệu lượt khách": "toàn tỉnh"]),
        ("Thu ngân sách của tỉnh đạt 5.200 tỷ đồng; thu ngân sách trên địa bàn huyện đạt 186 tỷ đồng.", ["5.200 tỷ đồng": "của tỉnh"]),
        ("Hồ sơ của huyện đã số hóa lên kho dữ liệu của tỉnh là 1.240 hồ sơ.", [:]),
        // `của` after a standard names whose the standard is, not whose the figure.
        ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh còn 1,26%.", [:]),
        ("Huyện đứng thứ 3 toàn tỉnh với 412 nghìn lượt khách.", [:]),
        ("Cả nước có 18 triệu lượt khách quốc tế.", ["18 triệu lượt khách": "Cả nước"]),
        // `dự toán tỉnh giao` (the estimate the province set) folds as `toàn tỉnh` does, and is no place.
        ("Dự toán tỉnh giao 56,2 tỷ đồng; ước thực hiện 60,1 tỷ đồng.", [:]),
        // `bình quân` is no `quận`: the kinds are read with their tones.
        ("Tỷ lệ tốt nghiệp đạt 98,9%, cao hơn bình quân chung của tỉnh 0,6%.", ["0,6%": "của tỉnh"]),
        // … and so is its figure in a bracket right after it.
        ("Tăng trưởng ước đạt 7,9%, cao hơn mức chung của tỉnh (7,1%).", ["7,1%": "của tỉnh"]),
        // A total raised by the place's result is the whole's.
        ("Xã Pù Bin được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã đạt chuẩn nâng cao lên 4 xã.", [:]),
        // A share of plan that qualifies no figure is read alike.
        ("Có 9/13 xã thu đạt dự toán; xã Pà Cò đạt cao nhất với 186% dự toán.", ["186%": "xã Pà Cò"]),
        // Places named bare in a list a lead of their kind opens, up to the `;` that ends it; the report's own is not another.
        ("Các xã có tỷ lệ giải ngân cao: Chiềng Châu 92,5%, Pà Cò 88,1%; thấp nhất là xã Hang Kia 61,3%.",
         ["92,5%": "xã Chiềng Châu", "88,1%": "xã Pà Cò", "61,3%": "xã Hang Kia"]),
        ("Xã có tỷ lệ hộ nghèo cao nhất là Pà Cò (28,4%), tiếp đến Hang Kia (24,1%).", ["28,4%": "xã Pà Cò", "24,1%": "xã Hang Kia"]),
        ("Thu ngân sách của các xã, thị trấn: Mường Khến 4,2 tỷ đồng, Pà Cò 3,1 tỷ đồng.",
         ["4,2 tỷ đồng": "Mường Khến", "3,1 tỷ đồng": "Pà Cò"]),
        ("Tỷ lệ hộ nghèo của các huyện trong tỉnh: Mai Châu 12,4%, Tân Lạc 9,8%.", ["9,8%": "huyện Tân Lạc"]),
        ("Thu ngân sách của các thị trấn: Mường Khến 4,2 tỷ đồng, Cao Phong 3,1 tỷ đồng.",
         ["4,2 tỷ đồng": "thị trấn Mường Khến", "3,1 tỷ đồng": "thị trấn Cao Phong"]),
        // … and `các đơn vị:`, as a table's columns of places are listed (`TableRow`), their kinds unsaid.
        ("Thu ngân sách trên địa bàn: toàn huyện 41.600 triệu đồng; các đơn vị: Pà Cò 12.400 triệu đồng, Hang Kia 3.150 triệu đồng.",
         ["12.400 triệu đồng": "Pà Cò", "3.150 triệu đồng": "Hang Kia"]),
        ("Các xã thực hiện tốt: thu ngân sách đạt 12 tỷ đồng.", [:]),
        ("Các xã đạt tiêu chí: Giao thông 12 xã, Thủy lợi 14 xã.", [:]),
        // A figure in a bracket right after a place's name is the place's, after `và` too.
        ("Hai xã chưa đạt dự toán là xã Pà Cò (đạt 86,4%) và xã Hang Kia (đạt 91,7%).", ["86,4%": "xã Pà Cò", "91,7%": "xã Hang Kia"]),
        ("Tỷ lệ hộ nghèo cao nhất ở xã Hang Kia (28,4%), thấp nhất ở thị trấn Mai Châu (0,9%).",
         ["28,4%": "xã Hang Kia", "0,9%": "thị trấn Mai Châu"]),
        // … with its rank or verdict between, but no other words (`đạt chuẩn`, a total raised, are the whole's).
        ("Giải ngân toàn huyện đạt 92,4%; xã Pà Cò đạt cao nhất (98,7%), xã Hang Kia thấp nhất (81,2%).",
         ["98,7%": "xã Pà Cò", "81,2%": "xã Hang Kia"]),
        ("Xã Pù Bin đạt chuẩn nông thôn mới (nâng tổng số lên 8 xã).", [:]),
        // `dự toán` (the budget's estimate) folds as `toàn` does, and says no whole.
        ("Xã Pà Cò thu ngân sách 4,2 tỷ đồng, bằng 105% dự toán, chi 3,8 tỷ đồng.",
         ["4,2 tỷ đồng": "xã Pà Cò", "3,8 tỷ đồng": "xã Pà Cò"]),
        // The report's own place, a place that says where (`tại`), a place before `và` and a place after the figure are not.
        ("Huyện Mai Châu đón 1,3 triệu lượt khách.", [:]),
        ("Đội văn nghệ của huyện tham gia liên hoan tại thành phố Hòa Bình đạt 2 giải.", [:]),
        ("Xã Vạn Mai đạt chuẩn nông thôn mới và huyện công nhận 3 thôn kiểu mẫu.", [:]),
        ("Cấp 214 giấy chứng nhận cho hộ gia đình xã Nà Phòn.", [:]),
        // A place below the report's is another even of its name; one above it names a body or an event.
        ("Thị trấn Mai Châu thu ngân sách 9,6 tỷ đồng.", ["9,6 tỷ đồng": "thị trấn Mai Châu"]),
        ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hòa Bình giải ngân 45 tỷ đồng cho vay hộ nghèo.", [:]),
        // A Party committee names no place; nor does an abbreviation in capitals after a kind not in capitals.
        ("Tỉnh Ủy giao 5 chỉ tiêu chủ yếu.", [:]),
        ("Xã NTM nâng cao đạt 2 xã.", [:]),
        ("Hỗ trợ các xã ĐBKK 12 tỷ đồng.", [:]),
        // `tính` is no `tỉnh`, and a kind with no name after it names no other place.
        ("Tính đến ngày 30/11, toàn huyện có 8 xã đạt chuẩn.", [:]),
    ] as [(String, [String: String])])
    func places(_ sentence: String, _ expected: [String: String]) {
        let store = Self.report(sentence)
        var found: [String: String] = [:]
        for fact in store.facts { if let place = fact.otherPlace { found[fact.text] = place } }
        #expect(found == expected)
    }

    @Test("a report whose header names no place marks no figure another place's")
    func noPlace() {
        let store = FactStore(documents: [ReportReader.read(text: "Xã Tân Thành thu ngân sách đạt 12,4 tỷ đồng.\n", name: "t")])
        #expect(store.facts.allSatisfy { $0.otherPlace == nil })
    }

    @Test("another place's figure keeps the place as the sentence names it, a qualifier of kind `place`")
    func keptAsWritten() throws {
        let fact = try #require(Self.report("Riêng xã Chiềng Châu đón 41.000 lượt khách.").facts.first)
        #expect(fact.qualifiers.contains(.ofPlace("xã Chiềng Châu")))
        #expect(fact.qualifiers.map(\.kind) == ["place"])
        // Shown with `của` once, though the sentence's words hold it (`bình quân chung của tỉnh`).
        let province = try #require(Self.report("Tỷ lệ tốt nghiệp đạt 98,9%, cao hơn bình quân chung của tỉnh (98,3%).").facts
            .first { $0.text == "98,3%" })
        #expect(ValueFormatter().qualifierNotes(province) == ["của tỉnh"])
    }

    /// A district's report on 2025 whose one section holds `body`.
    private static func report(_ body: String) -> FactStore {
        let text = "UBND HUYỆN MAI CHÂU\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\nI. KẾT QUẢ\n\n\(body)\n"
        return FactStore(documents: [ReportReader.read(text: text, name: "t")])
    }
}
