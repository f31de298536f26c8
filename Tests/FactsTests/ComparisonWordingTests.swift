import Testing
import FoundationEssentials
@testable import Report
@testable import Facts
@testable import FactReading
import TestSupport

/// How comparisons are read in wordings of the genre the shipped report does
/// not use: which figure a comparison qualifies, and as what. Each sentence is
/// ours; each case lists, for the sentence's primary figures in order, their
/// comparisons as `kind value`.
@Suite("Comparisons in wordings of the genre")
struct ComparisonWordingTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var comparisons: [String: [String]]
        var testDescription: String { sentence }
    }

    @Test("a sentence that opens on `so với cùng kỳ` says so of the change in each of its clauses")
    func openingComparison() throws {
        let text = "So với cùng kỳ năm trước, thu ngân sách trên địa bàn tăng 12,3%; thu tiền sử dụng đất giảm 18,5%.\n"
        let store = FactStore(documents: [ReportReader.read(text: text, name: "t")])
        for (figure, value) in [("12,3%", "12.3"), ("18,5%", "-18.5")] {
            let change = try fact(figure, in: store)
            #expect(change.role == .comparison(.changeOnPrevious))
            #expect(change.value.description == value)
        }
    }

    @Test("a count said after the verb that opens its clause is the year's change in it, and a verdict after it judges it", arguments: [
        ("Giảm 136 hộ nghèo, tỷ lệ hộ nghèo còn 38,4%.", nil),
        ("Toàn xã còn 173 hộ nghèo (chiếm 4,86%); trong năm giảm 38 hộ nghèo, chưa đạt chỉ tiêu giảm 45 hộ.", PlanStatus.missed),
    ])
    func countOpeningOnChange(_ sentence: String, _ status: PlanStatus?) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        let change = try #require(store.facts.first { $0.role == .comparison(.changeOnPrevious) })
        #expect(change.unit.symbol == "hộ" && change.value.isSignMinus && change.qualifies == nil)
        #expect(change.status == status)
        // The rate or share before it keeps no verdict of the change's.
        #expect(store.facts.filter { $0.unit.symbol == "%" }.allSatisfy { $0.status == nil })
    }

    @Test("a change's verb before the subject it changes (`giảm tỷ lệ hộ nghèo 0,36%`), or with `được` (`giảm được 26 hộ`), still says a change", arguments: [
        ("Giảm tỷ lệ hộ nghèo 0,36%, còn 1,18%.", "1,18%", "-0.36"),
        ("Trong năm giảm số hộ nghèo 26 hộ, còn 86 hộ.", "86 hộ", "-26"),
        // (The count's noun between leaves the change its own figure, as without `được`.)
        ("Giảm được 26 hộ nghèo, còn lại 86 hộ.", nil, "-26"),
        ("Đã giảm tỷ lệ hộ nghèo 0,36%.", nil, "-0.36"),
        ("Trong năm giảm được 26 hộ nghèo.", nil, "-26"),
    ] as [(String, String?, String)])
    func verbBeforeSubject(_ sentence: String, _ level: String?, _ change: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        let made = try #require(store.facts.first { $0.role == .comparison(.changeOnPrevious) })
        #expect(made.value.description == change)
        if let level {
            #expect(try fact(level, in: store).comparison(.changeOnPrevious)?.value.description == change)
        } else {
            #expect(made.qualifies == nil)
        }
    }

    @Test("a verb before the subject that sets a level, or a comparison after the verb, is no change of the subject", arguments: [
        ("Giảm tỷ lệ hộ nghèo còn 1,5%.", "1,5%"),
        ("Tăng tỷ lệ che phủ rừng lên 62%.", "62%"),
        ("Giảm tỷ lệ hộ nghèo xuống dưới 1,5%.", "1,5%"),
    ])
    func verbBeforeLevel(_ sentence: String, _ level: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try fact(level, in: store).role == .primary)
    }

    @Test("a change said after what was done (`TH`, `ƯTH`, `thực hiện`) beside the plan's is the change made, with the plan's as its target")
    func changeDone() throws {
        let text = "Tỷ lệ hộ nghèo: KH giảm 1,5%, TH giảm 1,2% - Không đạt.\n"
        let store = FactStore(documents: [ReportReader.read(text: text, name: "t")])
        let made = try fact("1,2%", in: store)
        #expect(made.role == .comparison(.changeOnPrevious))
        #expect(made.value.description == "-1.2")
        #expect(made.comparison(.target)?.value.description == "-1.5")
        #expect(made.status == .missed)
    }

    @Test("an excess over the plan after a change is the change's: no level, whatever its unit")
    func excessAfterChange() throws {
        let text = "Tốc độ tăng trưởng ước tăng 6,42% so với năm 2024 (vượt mục tiêu Nghị quyết 0,42%). "
            + "Số hộ nghèo giảm 512 hộ so với năm 2024, vượt 112 hộ và đạt 128% so với tỉnh giao; tỷ lệ hộ nghèo còn 18,3%.\n"
        let store = FactStore(documents: [ReportReader.read(text: text, name: "t")])
        let growth = try fact("6,42%", in: store)
        #expect(growth.comparison(.exceedsPlanBy)?.value == Decimal(string: "0.42"))
        #expect(growth.comparison(.target) == nil)
        let fall = try fact("512 hộ", in: store)
        #expect(fall.comparison(.exceedsPlanBy)?.value == 112)
        #expect(fall.comparison(.percentOfProvinceEstimate)?.value == 128)
        #expect(store.facts.filter { $0.role == .primary }.map(\.text) == ["18,3%"])
    }

    @Test("a target right after a rate of change is the rate's, not the value's")
    func targetOfChange() throws {
        let document = ReportReader.read(text: "Giá trị sản xuất ước đạt 6.140 tỷ đồng, tăng 8,2% so với năm 2024 (nghị quyết 8%).\n", name: "t")
        let store = FactStore(documents: [document])
        let change = try fact("8,2%", in: store)
        #expect(change.role == .comparison(.changeOnPrevious))
        #expect(change.comparison(.target)?.value == 8)
        let value = try fact("6.140 tỷ đồng", in: store)
        #expect(value.comparison(.target) == nil)
    }

    @Test("a verdict against the goal or the resolution is the report's own", arguments: [
        ("Giá trị sản xuất tăng 8,4% so với năm 2024, vượt mục tiêu Nghị quyết (8%).", "8,4%", PlanStatus.exceeded),
        ("Tỷ lệ lao động qua đào tạo đạt 72%, đạt mục tiêu đề ra.", "72%", .met),
        ("Tỷ lệ lao động qua đào tạo đạt 66%, chưa đạt mục tiêu đề ra.", "66%", .missed),
        ("Trồng rừng 240 ha, vượt Nghị quyết đề ra.", "240 ha", .exceeded),
        ("- Trồng rừng: 320 ha (KH 300 ha) – vượt KH.", "320 ha", .exceeded),
        ("- Tỷ lệ lao động qua đào tạo: 71% (đạt NQ).", "71%", .met),
        ("- Thu ngân sách: 41 tỷ đồng, chưa đạt KH.", "41 tỷ đồng", .missed),
        ("Tỷ lệ hộ nghèo còn 2,8%, chưa hoàn thành chỉ tiêu giảm nghèo.", "2,8%", .missed),
        ("Trồng rừng 180 ha, không hoàn thành kế hoạch.", "180 ha", .missed),
        // The growth scenario a province is given.
        ("Tăng trưởng kinh tế quý III ước đạt 7,4%, đạt kịch bản tăng trưởng tỉnh giao.", "7,4%", .met),
        // The plan in brackets names, by its unit, the figure judged: the projects, not their capital.
        ("Thu hút 4 dự án với tổng vốn đăng ký 720 tỷ đồng, chưa đạt kế hoạch (6 dự án).", "4 dự án", .missed),
    ])
    func goalVerdicts(_ sentence: String, _ number: String, _ status: PlanStatus) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try #require(store.facts.first { $0.text == number }).status == status)
    }

    @Test("a verdict opening its clause judges the figure it names after `với`, or after a comma and `đạt`; not one of an earlier clause", arguments: [
        ("Hoàn thành chỉ tiêu giao quân với 51 thanh niên nhập ngũ.", "51 thanh niên", PlanStatus?.some(.met)),
        ("Thu ngân sách 12 tỷ đồng; tuyển quân đảm bảo chỉ tiêu với 51 công dân nhập ngũ.", "51 công dân", .met),
        ("Thu ngân sách 12 tỷ đồng; tuyển quân đảm bảo chỉ tiêu với 51 công dân nhập ngũ.", "12 tỷ đồng", nil),
        ("Thu ngân sách vượt dự toán, ước đạt 61,2 tỷ đồng.", "61,2 tỷ đồng", .exceeded),
        // … the rest of the plan's name before the comma (`chưa đạt` the verdict's words).
        ("Tỷ lệ hộ nghèo chưa đạt kế hoạch, đạt 4,7%.", "4,7%", .missed),
        ("Thu ngân sách không đạt dự toán tỉnh giao, đạt 48,2 tỷ đồng.", "48,2 tỷ đồng", .missed),
        // Past a `;` the figure is another clause's.
        ("Thu ngân sách vượt dự toán; chi ngân sách đạt 58,4 tỷ đồng.", "58,4 tỷ đồng", nil),
        ("Thu ngân sách vượt dự toán, chi thường xuyên tiết kiệm, đạt 58,4 tỷ đồng.", "58,4 tỷ đồng", nil),
    ])
    func openingVerdicts(_ sentence: String, _ number: String, _ status: PlanStatus?) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try #require(store.facts.first { $0.text == number }).status == status)
    }

    @Test("a one-word verdict closing a list item after a dash or in brackets is the report's; a verb `đạt` is none", arguments: [
        ("(1) Tốc độ tăng giá trị sản xuất: 8,3%/KH 8% - Vượt.", "8,3%", PlanStatus?.some(.exceeded)),
        ("(2) Tỷ lệ hộ nghèo 3,9%, KH 4% - Đạt.", "3,9%", .met),
        ("(3) Số xã đạt chuẩn nông thôn mới 18 xã/KH 18 xã (Đạt)", "18 xã", .met),
        ("(4) Thu ngân sách 198,5 tỷ đồng/KH 210 tỷ đồng - Không đạt.", "198,5 tỷ đồng", .missed),
        ("Tỷ lệ che phủ rừng năm nay đạt 66,1%, năm sau phấn đấu đạt.", "66,1%", nil),
        // Alone in brackets, wherever it stands.
        ("Tỷ lệ hộ nghèo: Nghị quyết giảm 2,5%; thực hiện giảm 2,7% (Vượt), còn lại 9,4%.", "2,7%", .exceeded),
        ("Thu ngân sách 52 tỷ đồng (đạt), chi ngân sách 48 tỷ đồng.", "52 tỷ đồng", .met),
        ("Thu ngân sách 52 tỷ đồng (đạt 96%), chi ngân sách 48 tỷ đồng.", "52 tỷ đồng", nil),
    ])
    func bareVerdicts(_ sentence: String, _ number: String, _ status: PlanStatus?) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try #require(store.facts.first { $0.text == number }).status == status)
    }

    @Test("a verdict right after a count is that count's, not the whole's it is part of; after a list, every item's; a plan in brackets after it names the figure it judges", arguments: [
        ("Trong tổng số 24 chỉ tiêu chủ yếu, có 8 chỉ tiêu vượt kế hoạch, 13 chỉ tiêu đạt kế hoạch.", "24 chỉ tiêu", PlanStatus?.none),
        ("Trong tổng số 24 chỉ tiêu chủ yếu, có 8 chỉ tiêu vượt kế hoạch, 13 chỉ tiêu đạt kế hoạch.", "8 chỉ tiêu", .exceeded),
        ("Công nhận 04 thôn kiểu mẫu, 07 khu dân cư kiểu mẫu, 03 vườn mẫu đạt kế hoạch đề ra.", "04 thôn", .met),
        // The plan in brackets after the verdict names what it judges; a place's share there does not, nor past a `;`.
        ("Thu hút 3 dự án đầu tư, tổng vốn đăng ký 640 tỷ đồng, chưa đạt kế hoạch (5 dự án).", "3 dự án", .missed),
        ("Cao nhất là xã Chợ Rã đạt 131%; 3 xã chưa đạt là xã Cao Thượng (đạt 82,5%).", "131%", nil),
        ("Cao nhất là xã Chợ Rã đạt 131%; 3 xã chưa đạt là xã Cao Thượng (đạt 82,5%).", "3 xã", .missed),
    ])
    func partsVerdicts(_ sentence: String, _ number: String, _ status: PlanStatus?) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try #require(store.facts.first { $0.text == number }).status == status)
    }

    @Test("a figure right after `tăng` or `giảm`, said again in percent with its sign, is a change, and the percentage no other")
    func signedRestatement() throws {
        let store = FactStore(documents: [ReportReader.read(text: "Trong khi đó số người bị thương tăng 4 người (+19,05%).\n", name: "t")])
        let change = try fact("4 người", in: store)
        #expect(change.role == .comparison(.changeOnPrevious))
        #expect(try fact("19,05%", in: store).qualifies == change.id)
        // A figure after its verb with no such restatement stays one.
        let level = FactStore(documents: [ReportReader.read(text: "Tổng đàn gia cầm tăng 3.000 con (đạt 101% kế hoạch).\n", name: "t")])
        #expect(try fact("3.000 con", in: level).role == .primary)
    }

    @Test("a rate written over its plan (`71,5%/71% KH`) is the rate, no share of plan", arguments: [
        "- Tỷ lệ che phủ rừng: 71,5%/71% KH.", "- Tỷ lệ BHYT: 96,1%/96% KH (đạt).",
    ])
    func rateOverPlan(_ sentence: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(store.facts.count == 1)
        #expect(try #require(store.facts.first).role == .primary)
    }

    @Test("a plan said to count from the start (`Nghị quyết lũy kế 8 xã`) is the target of what was done after it")
    func cumulativePlan() throws {
        let store = FactStore(documents: [ReportReader.read(text: "Số xã đạt chuẩn nông thôn mới: Nghị quyết lũy kế 6 xã; ước thực hiện 5 xã.\n",
                                                            name: "t")])
        let done = try #require(store.facts.first { $0.text == "5 xã" })
        #expect(done.comparison(.target)?.value == 6)
    }

    @Test("nearly meeting the plan (`gần hoàn thành`, `gần đạt`), or aiming at it (`để`, `phấn đấu`), is no verdict", arguments: [
        "Doanh thu du lịch đạt 95 tỷ đồng, gần hoàn thành kế hoạch năm.",
        "Doanh thu du lịch đạt 95 tỷ đồng, gần đạt kế hoạch.",
        "Quý IV cần giải ngân 95 tỷ đồng để hoàn thành kế hoạch năm.",
        "Huy động 95 tỷ đồng, phấn đấu hoàn thành kế hoạch.",
        "Cần thu thêm 95 tỷ đồng nhằm đạt dự toán, quyết tâm vượt kế hoạch.",
    ])
    func nearlyMet(_ sentence: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        #expect(try fact("95 tỷ đồng", in: store).status == nil)
    }

    @Test("`gần` before a figure is the figure's (nearly so much): a verdict after it stands")
    func nearlyAFigure() throws {
        let store = FactStore(documents: [ReportReader.read(text: "Doanh thu du lịch đạt gần 95 tỷ đồng, vượt kế hoạch.\n", name: "t")])
        #expect(try fact("95 tỷ đồng", in: store).status == .exceeded)
    }

    @Test("last year's rise in brackets right after this year's (`(cùng kỳ tăng 6,5%)`) is that rise's figure of last year")
    func lastYearsRiseInBrackets() throws {
        let store = FactStore(documents: [ReportReader.read(text: "GRDP 9 tháng ước tăng 6,8% so với cùng kỳ (cùng kỳ tăng 5,9%).\n", name: "t")])
        let rise = try fact("6,8%", in: store)
        #expect(rise.role == .comparison(.changeOnPrevious))
        #expect(rise.comparison(.previousValue)?.value == 5.9)
    }

    @Test("last year's figure in brackets after last year named by its number (`cùng kỳ năm 2025`) and a verb, or a colon, its subject said again or not", arguments: [
        "Xảy ra 3 vụ cháy (cùng kỳ năm 2025 xảy ra 7 vụ).", "Xảy ra 3 vụ cháy (cùng kỳ năm 2025: 7 vụ).",
        "Xảy ra 3 vụ cháy, cùng kỳ năm 2025 là 7 vụ.", "Xảy ra 3 vụ cháy; cùng kỳ năm 2025 trên địa bàn xảy ra 7 vụ.",
    ])
    func lastYearNamedByNumber(_ sentence: String) throws {
        let text = "BÁO CÁO\n\nKết quả 6 tháng đầu năm 2026\n\n" + sentence + "\n"
        let store = FactStore(documents: [ReportReader.read(text: text, name: "t")])
        #expect(try fact("3 vụ", in: store).comparison(.previousValue)?.value == 7)
        // A year before last is no last year's.
        let older = FactStore(documents: [ReportReader.read(text: text.replacingOccurrences(of: "2025", with: "2024"), name: "t")])
        #expect(try fact("3 vụ", in: older).comparison(.previousValue) == nil)
    }

    @Test("last year's rate set against a change by a comparative, and the scenario after it, are the change's")
    func lastYearsRateAfterComparative() throws {
        let sentence = "Tổng sản phẩm 9 tháng ước tăng 6,9%, cao hơn mức tăng 6,1% của cùng kỳ năm trước nhưng thấp hơn kịch bản đề ra (7,3%)."
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        let change = try fact("6,9%", in: store)
        #expect(change.comparison(.previousValue)?.0 == 6.1)
        #expect(change.comparison(.target)?.0 == 7.3)
    }

    @Test("the growth scenario a change is measured against, a range after `là`, is its target", arguments: [
        "Tính chung 9 tháng GRDP ước tăng 7,2%, còn thấp so với kịch bản đề ra là 7,8 - 8,1%.",
        "Tăng trưởng kinh tế năm ước đạt 7,2%, chưa đạt kịch bản tăng trưởng 7,8 - 8,1%.",
    ])
    func scenarioRange(_ sentence: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: sentence + "\n", name: "t")])
        let range = try fact("7,8 - 8,1%", in: store)
        #expect(range.role == .comparison(.target))
        #expect(try fact("7,2%", in: store).comparison(.target)?.value == 7.8)
        #expect(range.upper == 8.1)
    }

    /// The fact of `store` written `text`, which the test requires.
    private func fact(_ text: String, in store: FactStore, sourceLocation: SourceLocation = #_sourceLocation) throws -> Fact {
        try #require(store.facts.first { $0.text == text }, sourceLocation: sourceLocation)
    }

    @Test("in the results a change in percent said with its verb alone is a change on last year of its own; not in the plan, after an aim, a level's words or naming what changes", arguments: [
        ("Tỷ lệ hộ nghèo giảm 0,41%.", ["-0.41"]),
        ("Tai nạn giao thông giảm trên cả ba tiêu chí: số vụ giảm 9,1%, số người chết giảm 7,5%.", ["-9.1", "-7.5"]),
        ("Phấn đấu đến cuối năm tỷ lệ hộ nghèo giảm 1,5%.", []),
        ("Tốc độ tăng 8,1%.", []),
        ("Tỷ lệ tốt nghiệp đạt 99,5%; giảm 10% số vụ tai nạn giao thông.", []),
        ("Nông, lâm nghiệp và dịch vụ lần lượt tăng 2,9% và 7,7%.", []),
        ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n\nTỷ lệ hộ nghèo giảm 1,5%.", []),
        // Another item's plan before a `;` is not this change's; its own clause's is.
        ("Tăng trưởng đạt 7,9% (KH 8%); tỷ lệ hộ nghèo giảm 1,3%.", ["-1.3"]),
        ("Tăng trưởng đạt 7,9%; KH tỷ lệ hộ nghèo giảm 1,3%.", []),
        // A fall to below a figure is a level; a fall by more than one is a change.
        ("Tỷ lệ hộ nghèo giảm dưới 0,5%.", []),
        ("Số vụ tai nạn giao thông giảm trên 5%.", ["-5"]),
    ] as [(String, [String])])
    func bareChanges(_ text: String, _ changes: [String]) {
        let store = FactStore(documents: [ReportReader.read(text: text + "\n", name: "wording")])
        let alone = store.facts.filter { $0.role == .comparison(.changeOnPrevious) && $0.qualifies == nil }
        #expect(alone.map { "\($0.value)" } == changes)
    }

    @Test("a change said as a label with the plan's change after a slash is a change, the plan's its target, a fall where it falls", arguments: [
        ("- Tỷ lệ hộ nghèo giảm: 1,8%/KH 1,5%.", "-1.8", "-1.5"),
        ("- Giảm tỷ lệ hộ nghèo: 1,2%/KH 1,5%.", "-1.2", "-1.5"),
        ("- Tỷ lệ hộ nghèo giảm 1,8%/KH giảm 1,5%.", "-1.8", "-1.5"),
        // … or after a comma, with a verdict after a dash, as a list of main targets writes it.
        ("(4) Tỷ lệ hộ nghèo giảm 2,1%, KH giảm 2,5% - Không đạt.", "-2.1", "-2.5"),
        // … or before a bracket of the plan's figure and what was done, each labelled.
        ("7. Tỷ lệ hộ nghèo giảm (KH: 2%; ƯTH: 2,3%) - Vượt.", "-2.3", "-2"),
        ("- Số doanh nghiệp thành lập mới tăng (KH 2026: 10%; TH: 12,5%).", "12.5", "10"),
    ] as [(String, String, String)])
    func changeOverPlan(_ text: String, _ change: String, _ target: String) throws {
        let store = FactStore(documents: [ReportReader.read(text: "## I. KẾT QUẢ NĂM 2026\n\n" + text + "\n", name: "wording")])
        let fact = try #require(store.facts.first { $0.role == .comparison(.changeOnPrevious) && $0.qualifies == nil })
        #expect("\(fact.value)" == change)
        #expect(fact.comparison(.target).map { "\($0.0)" } == target)
    }

    @Test("a bracket of a plan's figure and what was done after a word that is no change's verb holds levels", arguments: [
        "Tốc độ tăng trưởng giá trị sản xuất (KH: 9%; ƯTH: 8,7%).", "Tỷ lệ hộ nghèo (KH: 3%; ƯTH: 3,2%).",
        "Tỷ lệ hộ nghèo giảm, (KH: 3%; ƯTH: 3,2%).",
    ])
    func levelsInPlanBracket(_ text: String) {
        let store = FactStore(documents: [ReportReader.read(text: "## I. KẾT QUẢ NĂM 2026\n\n" + text + "\n", name: "wording")])
        #expect(!store.facts.contains { $0.role == .comparison(.changeOnPrevious) })
        #expect(store.facts.contains { $0.role == .primary })
    }

    @Test("a change of no level keeps the estimate its lead says (`ước tăng 8,12%`)", arguments: [
        ("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 8,12% so với năm 2025.", true),
        ("Giá trị sản xuất ước tính tăng 9,4% so với cùng kỳ.", true),
        ("Tổng sản phẩm trên địa bàn tăng 8,12% so với năm 2025.", false),
    ] as [(String, Bool)])
    func estimatedChange(_ text: String, _ estimate: Bool) throws {
        let store = FactStore(documents: [ReportReader.read(text: text + "\n", name: "wording")])
        let change = try #require(store.facts.first { $0.role == .comparison(.changeOnPrevious) && $0.qualifies == nil })
        #expect(change.qualifiers.contains { $0.kind == "estimate" } == estimate)
    }

    @Test(arguments: cases + listCases + multipleCases + changeFirstCases + shortfallCases + plannedWholeCases + slashCases + tallyCases
                          + planBracketCases + statedPlanCases + adverbCases + bracketedShareCases + totalRaisedCases)
    func reads(_ wording: Case) {
        let document = ReportReader.read(text: wording.sentence + "\n", name: "wording")
        let store = FactStore(documents: [document])
        var found: [String: [String]] = [:]
        for fact in store.facts where fact.role == .primary {
            found[fact.text] = fact.qualifiers.compactMap { qualifier in
                guard case .comparison(let kind, let value, _, _, _) = qualifier else { return nil }
                return "\(kind.rawValue) \(value)"
            }
        }
        #expect(found == wording.comparisons)
    }
}
