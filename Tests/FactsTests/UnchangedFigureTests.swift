import Testing
import Facts
import FactReading
import Report

@Suite("Figures the report says did not change on last year")
struct UnchangedFigureTests {
    @Test("words saying a figure is what it was give it a change of zero; not past another subject, a month or the plan", arguments: [
        ("Phạm pháp hình sự xảy ra 14 vụ, không tăng không giảm so với cùng kỳ.", ["14 vụ": "0"]),
        ("Số vụ phạm pháp hình sự 9 vụ không tăng, không giảm so với cùng kỳ năm 2025.", ["9 vụ": "0"]),
        ("Tai nạn giao thông xảy ra 5 vụ, bằng cùng kỳ năm trước.", ["5 vụ": "0"]),
        ("Xảy ra 2 vụ cháy (tương đương cùng kỳ).", ["2 vụ": "0"]),
        ("Tỷ lệ che phủ rừng đạt 58,4%, không đổi so với năm 2025.", ["58,4%": "0"]),
        ("Xảy ra 6 vụ cháy, giữ nguyên so với cùng kỳ.", ["6 vụ": "0"]),
        ("Thu ngân sách đạt 40 tỷ đồng, giữ nguyên so với kế hoạch năm.", [:]),
        ("Xảy ra 4 vụ, so với cùng kỳ giảm 1 vụ, số người chết bằng cùng kỳ.", ["4 vụ": "-1"]),
        ("Xảy ra 7 vụ vi phạm về môi trường; số vụ tai nạn lao động bằng cùng kỳ.", [:]),
        ("Chỉ số giá tiêu dùng tăng 0,3%, bằng tháng trước.", [:]),
        ("II. PHƯƠNG HƯỚNG NĂM 2027\n\nGiữ số vụ cháy ở mức 2 vụ, bằng cùng kỳ.", [:]),
        // A clause of its own that opens on last year says so of each figure of the clause before.
        ("Tai nạn giao thông xảy ra 3 vụ, làm chết 3 người; so với cùng kỳ không tăng, không giảm.", ["3 vụ": "0", "3 người": "0"]),
        ("Xảy ra 2 vụ cháy, so với cùng kỳ năm trước không tăng không giảm.", ["2 vụ": "0"]),
        ("Thu 12 tỷ đồng; chi 9 tỷ đồng, so với kế hoạch không thay đổi so với cùng kỳ.", [:]),
        ("Xảy ra 4 vụ; không tăng, không giảm số người chết.", [:]),
        // … or a sentence read on with the one before; a phrase that names no year, only closing such a clause.
        ("Xảy ra 5 vụ cháy, không có thiệt hại về người. So với năm 2025 tương đương.", ["5 vụ": "0"]),
        ("Tai nạn giao thông xảy ra 6 vụ, làm chết 4 người. So với cùng kỳ không tăng, không giảm.", ["6 vụ": "0", "4 người": "0"]),
        ("Xảy ra 2 vụ cháy rừng, không thiệt hại về người; so với cùng kỳ năm trước giữ nguyên.", ["2 vụ": "0"]),
        ("Xảy ra 2 vụ cháy, tương đương 40 triệu đồng thiệt hại.", [:]),
        ("Thu ngân sách đạt 12 tỷ đồng. So với kế hoạch tương đương.", [:]),
        // An item of the changes after a comparison opening their clause says so of the figure its subject names.
        ("Xảy ra 14 vụ tai nạn giao thông, làm chết 9 người, bị thương 11 người. So với cùng kỳ giảm 3 vụ, giảm 2 người chết, số người bị thương không thay đổi.",
         ["14 vụ": "-3", "9 người": "-2", "11 người": "0"]),
        ("Tai nạn giao thông: 6 vụ, chết 4 người, bị thương 5 người; so với cùng kỳ giảm 2 vụ, giảm 1 người chết, tương đương số người bị thương.",
         ["6 vụ": "-2", "4 người": "-1", "5 người": "0"]),
        ("Xảy ra 9 vụ tai nạn giao thông, làm 7 người chết, 5 người bị thương; so với năm trước giảm 2 vụ, giảm 1 người chết, bằng số người bị thương.",
         ["9 vụ": "-2", "7 người": "-1", "5 người": "0"]),
        ("Tai nạn giao thông xảy ra 4 vụ, làm chết 3 người, bị thương 2 người; so với cùng kỳ tăng 1 vụ, số người chết không tăng, giảm 1 người bị thương.",
         ["4 vụ": "1", "3 người": "0", "2 người": "-1"]),
        // `bằng` closing the item, or with last year after it, says the same; its subject may come without `số`.
        ("Tai nạn giao thông: 5 vụ, chết 3 người, bị thương 4 người; so với năm 2025 giảm 1 vụ, giảm 2 người chết, bị thương bằng.",
         ["5 vụ": "-1", "3 người": "-2", "4 người": "0"]),
        ("Tai nạn giao thông: 5 vụ, chết 3 người, bị thương 4 người; so với cùng kỳ tăng 1 vụ, số người chết bằng cùng kỳ, giảm 1 người bị thương.",
         ["5 vụ": "1", "3 người": "0", "4 người": "-1"]),
        // `= số …` is sameness written with a sign; a comparison may open the bracket the items stand in, and say `so CK`.
        ("Tai nạn giao thông: 5 vụ, chết 3 người, bị thương 4 người (so CK: giảm 1 vụ, = số người chết, tăng 1 người bị thương).",
         ["5 vụ": "-1", "3 người": "0", "4 người": "1"]),
        ("Tai nạn giao thông: 5 vụ, chết 3 người; so CK giảm 1 vụ, số người chết không thay đổi.", ["5 vụ": "-1", "3 người": "0"]),
        // `bằng` before a figure gives that figure, not sameness.
        ("Tai nạn giao thông: 5 vụ, chết 3 người; so với cùng kỳ tăng 1 vụ, số người chết bằng 2 người.", ["5 vụ": "1"]),
        // With no comparison opening the clause, such an item says nothing of last year.
        ("Xảy ra 3 vụ cháy, làm bị thương 2 người; số người bị thương không thay đổi.", [:]),
    ] as [(String, [String: String])])
    func unchanged(_ text: String, _ changes: [String: String]) {
        let store = FactStore(documents: [ReportReader.read(text: text + "\n", name: "wording")])
        var found: [String: String] = [:]
        for fact in store.facts where fact.role == .primary {
            if let change = fact.comparison(.changeOnPrevious) { found[fact.text] = "\(change.value)" }
        }
        #expect(found == changes)
    }

    @Test("the zero change names the figure itself as its fact: no number says it")
    func namesItself() throws {
        // (Facts before it: the fact it names is the store's, not the sentence's first.)
        let store = FactStore(documents: [ReportReader.read(text: "Thu ngân sách đạt 12 tỷ đồng, chi 9 tỷ đồng.\n\nXảy ra 3 vụ cháy, bằng cùng kỳ.\n",
                                                            name: "t")])
        let fact = try #require(store.facts.first { $0.text == "3 vụ" })
        #expect(fact.id == 2 && fact.comparison(.changeOnPrevious)?.fact == fact.id)
    }

    @Test("a total raised names the figure added as its change's fact, in the store's numbering")
    func totalRaisedNamesFigureAdded() throws {
        let store = FactStore(documents: [ReportReader.read(text: "Thu ngân sách đạt 12 tỷ đồng.\n\n"
                                                            + "Có thêm 3 thôn đạt chuẩn, nâng tổng số lên 11 thôn.\n", name: "t")])
        let added = try #require(store.facts.first { $0.text == "3 thôn" })
        let total = try #require(store.facts.first { $0.text == "11 thôn" })
        #expect(total.comparison(.changeOnPrevious)?.fact == added.id)
    }
}
