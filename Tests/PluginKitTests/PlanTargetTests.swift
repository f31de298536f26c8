import Testing
import Foundation
import Report
import Facts
import FactReading
import Query
import Platform
import TestSupport
@testable import PluginKit

/// A target read for its kind from the plan's own wording: each sentence is
/// ours, with the target's number as written, the value of the year reported
/// on (the base), and what the target must read as.
@Suite("Targets with their kind: level, range, change or level to keep")
struct PlanTargetTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var number: String
        var base: String?
        var kind: TargetKind
        var stated: String
        var level: String?
        var testDescription: String { sentence }
    }

    static let cases: [Case] = [
        Case(sentence: "- Tỷ lệ đô thị hóa đạt 71%.", number: "71%", base: "70,2%", kind: .level, stated: "71%", level: "71%"),
        Case(sentence: "- Tốc độ tăng trưởng kinh tế 9-10%.", number: "9-10%", base: "8,4%", kind: .range, stated: "9–10%", level: "9%"),
        Case(sentence: "- Kim ngạch xuất khẩu tăng 4%.", number: "4%", base: "50 triệu USD", kind: .change, stated: "4%", level: "52 triệu USD"),
        Case(sentence: "- Giảm tai nạn giao thông cả 3 tiêu chí 10%; giảm phạm pháp hình sự 4%.", number: "10%", base: "20 vụ",
             kind: .change, stated: "-10%", level: "18 vụ"),
        Case(sentence: "- Giảm 0,05% tỷ lệ hộ nghèo.", number: "0,05%", base: "1,25%", kind: .change, stated: "-0,05 điểm %", level: "1,2%"),
        Case(sentence: "Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm.", number: "1,5 điểm phần trăm", base: "6%", kind: .change,
             stated: "-1,5 điểm %", level: "4,5%"),
        Case(sentence: "Phấn đấu giảm số vụ phạm pháp hình sự 3% so với năm 2025.", number: "3%", base: "100 vụ", kind: .change,
             stated: "-3%", level: "97 vụ"),
        Case(sentence: "Kiềm chế, kéo giảm số vụ phạm pháp hình sự ít nhất 4%.", number: "4%", base: "50 vụ", kind: .change,
             stated: "-4%", level: "48 vụ"),
        // A change read as a fall already (`so với năm 2026`, or alone as the results read it) falls once.
        Case(sentence: "Tỷ lệ hộ nghèo giảm 0,5% so với năm 2026.", number: "0,5%", base: "3,2%", kind: .change,
             stated: "-0,5 điểm %", level: "2,7%"),
        Case(sentence: "- Tỷ lệ hộ nghèo giảm 0,3%.", number: "0,3%", base: "3,2%", kind: .change, stated: "-0,3 điểm %", level: "2,9%"),
        Case(sentence: "- Duy trì 31 trường đạt chuẩn quốc gia.", number: "31 trường", base: "31 trường", kind: .maintain,
             stated: "31 trường", level: "31 trường"),
        Case(sentence: "Phấn đấu tăng trưởng kinh tế (GRDP) đạt 8 - 8,5%.", number: "8 - 8,5%", base: nil, kind: .range,
             stated: "8–8,5%", level: "8%"),
        Case(sentence: "- Kim ngạch xuất khẩu tăng 4%.", number: "4%", base: nil, kind: .change, stated: "4%", level: nil),
        // `giảm còn`, `tăng lên`: the level the change goes to.
        Case(sentence: "(4) Tỷ lệ hộ nghèo giảm còn 2,2%; (5) Thu ngân sách 240 tỷ đồng.", number: "2,2%", base: "2,8%", kind: .level,
             stated: "2,2%", level: "2,2%"),
        Case(sentence: "- Tỷ lệ tham gia bảo hiểm y tế tăng lên 96%.", number: "96%", base: "94,1%", kind: .level, stated: "96%", level: "96%"),
        Case(sentence: "- Giảm tỷ lệ hộ nghèo xuống còn dưới 1,5%.", number: "1,5%", base: "2%", kind: .level, stated: "1,5%", level: "1,5%"),
        // `giảm dưới`: a fall to below the figure; `giảm trên` stays a fall by more than it.
        Case(sentence: "- Tỷ lệ hộ nghèo giảm dưới 0,5%.", number: "0,5%", base: "0,6%", kind: .level, stated: "0,5%", level: "0,5%"),
        Case(sentence: "- Giảm số vụ phạm pháp hình sự trên 5%.", number: "5%", base: "40 vụ", kind: .change, stated: "-5%", level: "38 vụ"),
        // A list mark and a label before the verb that opens the clause.
        Case(sentence: "Về xã hội: (4) Giảm tỷ lệ hộ nghèo 0,2%; (5) Tỷ lệ lao động qua đào tạo đạt 80%.", number: "0,2%", base: "0,85%",
             kind: .change, stated: "-0,2 điểm %", level: "0,65%"),
        Case(sentence: "Về xã hội: tỷ lệ hộ nghèo còn 2%.", number: "2%", base: "2,4%", kind: .level, stated: "2%", level: "2%"),
        // A yearly average fall: a change, in points of the rate.
        Case(sentence: "- Tỷ lệ hộ nghèo giảm bình quân 1,2%/năm.", number: "1,2%", base: "4%", kind: .change,
             stated: "-1,2 điểm %", level: "2,8%"),
        // A later figure of a list takes its first's verb, past `lần lượt` and the figures before it; or its level's word.
        Case(sentence: "Tỷ lệ hộ nghèo, cận nghèo giảm lần lượt 1,2% và 0,8%.", number: "0,8%", base: "4%", kind: .change,
             stated: "-0,8 điểm %", level: "3,2%"),
        Case(sentence: "Kim ngạch xuất khẩu, nhập khẩu tăng 8 triệu USD, 5 triệu USD.", number: "5 triệu USD", base: "40 triệu USD",
             kind: .change, stated: "5 triệu USD", level: "45 triệu USD"),
        Case(sentence: "Tỷ lệ hộ nghèo, cận nghèo giảm còn 1,5% và 2,1%.", number: "2,1%", base: "3%", kind: .level, stated: "2,1%", level: "2,1%"),
        Case(sentence: "Thu ngân sách đạt 130 tỷ đồng và 12 tỷ đồng thu tiền sử dụng đất.", number: "12 tỷ đồng", base: "10 tỷ đồng",
             kind: .level, stated: "12 tỷ đồng", level: "12 tỷ đồng"),
        // A list a comma parts: the verb opening the figure's own item, not one of an item before it.
        Case(sentence: "Năm 2027, thu ngân sách đạt 92 tỷ đồng, giảm tỷ lệ hộ nghèo 4% trở lên.", number: "4%", base: "19,8%",
             kind: .change, stated: "-4 điểm %", level: "15,8%"),
        Case(sentence: "Năm 2027, trồng mới 1.100 ha rừng, tỷ lệ che phủ rừng 88,5%.", number: "88,5%", base: "88,4%",
             kind: .level, stated: "88,5%", level: "88,5%"),
        // A verb opening the clause with a figure of its own right after it is that figure's, not a later item's.
        Case(sentence: "Năm 2027, giảm 2 vụ tai nạn giao thông, tỷ lệ che phủ rừng 88,5%.", number: "88,5%", base: "88,4%",
             kind: .level, stated: "88,5%", level: "88,5%"),
        // A fall the verb of an item before would ask of a rate below zero is no fall: the figure is a level.
        Case(sentence: "Năm 2027, giảm tỷ lệ hộ nghèo 1,5%, tỷ lệ che phủ rừng 88,5%.", number: "88,5%", base: "87,9%",
             kind: .level, stated: "88,5%", level: "88,5%"),
        Case(sentence: "Năm 2027, giảm tỷ lệ hộ nghèo 1,5%, tỷ lệ hộ cận nghèo 1%.", number: "1%", base: "3,1%",
             kind: .change, stated: "-1 điểm %", level: "2,1%"),
        // Markup and a clause of accented words before the target's: read from the plain sentence.
        Case(sentence: "- **Thu ngân sách** đạt 300 tỷ đồng; *giảm* số vụ cháy rừng 20%.", number: "20%", base: "10 vụ", kind: .change,
             stated: "-20%", level: "8 vụ"),
    ]

    @Test("a target that leaves out what a rate is per is in the value's unit, and compares with it")
    func rateTarget() throws {
        let report = """
        # I. KẾT QUẢ NĂM 2025

        Thu nhập bình quân đầu người ước đạt 52 triệu đồng/người/năm, tăng 4 triệu đồng so với năm 2024.

        # II. KẾ HOẠCH NĂM 2026

        - Thu nhập bình quân đầu người 56 triệu đồng.
        """
        let value = try #require(Reports.catalog(Reports.store(markdown: report)).resolver.value(at: "economy.income_per_capita"))
        #expect(value.planTarget?.stated.formattedValue() == "56 triệu đồng/người/năm")
        #expect(value.previous.map { ValueFormatter().inline(.measure(Measure($0))) } == "48 triệu đồng/người/năm")
        // Last year's, given as lists abbreviate cùng kỳ and without the per, is in the value's unit too.
        let listed = Reports.catalog(Reports.store(markdown: "- Thu nhập bình quân đầu người đạt 58,2 triệu đồng/người/năm (CK 53,6 triệu đồng).\n"))
        let income = try #require(listed.resolver.value(at: "economy.income_per_capita"))
        #expect(income.previous.map { ValueFormatter().inline(.measure(Measure($0))) } == "53,6 triệu đồng/người/năm")
    }

    @Test("last year's value is the one a table's column of the year before states, in the value's unit")
    func previousFromTable() throws {
        let report = """
        | Chỉ tiêu | ĐVT | Thực hiện năm 2024 | Kế hoạch năm 2025 | Ước thực hiện năm 2025 |
        |---|---|---|---|---|
        | Tổng thu ngân sách nhà nước trên địa bàn | tỷ đồng | 4,21 | 4,5 | 4,73 |
        | Tỷ lệ hộ nghèo | % | 2,8 | 2,3 | 2,1 |
        """
        let resolver = Reports.catalog(Reports.store(markdown: report)).resolver
        let format = { (quantity: Quantity?) in quantity.map { ValueFormatter().inline(.measure(Measure($0))) } }
        #expect(format(try #require(resolver.value(at: "economy.budget.revenue")).previous) == "4,21 tỷ đồng")
        #expect(format(try #require(resolver.value(at: "social.poor_rate")).previous) == "2,8%")
    }

    @Test("last year's value and the plan reckoned from an approximate value say so; those the report states do not")
    func approximateReckoning() throws {
        let resolver = Reports.catalog(Reports.store(markdown: """
        Khách du lịch đạt trên 152.000 lượt, tăng 22% so với năm trước. Doanh thu du lịch đạt khoảng 46 tỷ đồng, bằng 104% kế hoạch.

        Thu ngân sách nhà nước ước đạt 46 tỷ đồng, bằng 104% dự toán.
        """)).resolver
        let arrivals = try #require(resolver.value(at: "economy.tourism.arrivals"))
        #expect(arrivals.previousDerivation?.formula.hasSuffix("as approximate as economy.tourism.arrivals.actual (`trên`)") == true)
        let revenue = try #require(resolver.value(at: "economy.tourism.revenue"))
        #expect(revenue.planDerivation?.formula.hasSuffix("(`khoảng`)") == true)
        let budget = try #require(resolver.value(at: "economy.budget.revenue"))
        #expect(budget.planDerivation?.formula.contains("approximate") == false)
    }

    @Test("the year's plan is the one its sentence or table row states, before the one its share of plan implies")
    func statedPlan() throws {
        let report = """
        | Chỉ tiêu | ĐVT | KH 2025 | TH 2025 | Tỷ lệ (%) |
        |---|---|---|---|---|
        | Thu ngân sách trên địa bàn | Triệu đồng | 1.850 | 2.014 | 108,9 |

        Tỷ lệ tham gia bảo hiểm y tế đạt 93,8%, chưa đạt mục tiêu 95%.

        Tốc độ tăng trưởng kinh tế đạt 8,4%, chưa đạt mục tiêu đề ra từ 9-10%.

        Tổng lượt khách du lịch đạt 50.000 lượt, bằng 80% kế hoạch.

        Tỷ lệ che phủ rừng đạt 62,4%, vượt 0,4% kế hoạch.

        Sản lượng lương thực có hạt ước đạt 41.250 tấn, vượt 250 tấn so với kế hoạch.

        Tỷ lệ lao động qua đào tạo đạt 61,2%, thấp hơn 1,8 điểm phần trăm so với chỉ tiêu giao.
        """
        let resolver = Reports.catalog(Reports.store(markdown: report)).resolver
        let plan = { (path: String) throws in ValueFormatter().inline(try #require(resolver.value(at: path)).field("plan") ?? .null) }
        // Stated: the exact figure, not 2.014 ÷ 108,9%.
        #expect(try plan("economy.budget.revenue") == "1.850 triệu đồng")
        #expect(try resolver.value(at: "economy.budget.revenue")?.planDerivation?.formula.hasPrefix("stated beside") == true)
        #expect(try plan("health.insurance_coverage") == "95%")
        // A range, as stated.
        #expect(try plan("economy.growth") == "9–10%")
        #expect(try plan("economy.tourism.arrivals") == "62.500 lượt")
        // A rate past its plan by a percentage is past it by points: 62%, not 62,4% ÷ 100,4%.
        #expect(try plan("economy.agriculture.forest_cover_rate") == "62%")
        // An amount past its plan by an amount is past it by that: 41.000 tấn.
        #expect(try plan("economy.agriculture.grain_output") == "41.000 tấn")
        // A rate short of its plan by points is short by them: 63%.
        #expect(try plan("social.trained_labour_rate") == "63%")
    }

    @Test("a figure over its plan (`2.318/2.300 ha`) states the plan; a part over its whole (`9/13 xã`) does not")
    func planAfterSlash() throws {
        let report = """
        1. Sản lượng lương thực có hạt: 8.640/8.500 tấn, đạt 101,6% kế hoạch.
        2. Tỷ lệ tham gia bảo hiểm y tế: 91,7/95%.
        3. Thu nhập bình quân đầu người: 48,2/50 triệu đồng, đạt 96,4% (không đạt).
        4. Giao quân: 16/16 thanh niên, đạt 100% kế hoạch.
        5. Có 7/11 trường đạt chuẩn quốc gia, đạt 63,6%.
        """
        let resolver = Reports.catalog(Reports.store(markdown: report)).resolver
        let value = { (path: String) throws in try #require(resolver.value(at: path)) }
        let plan = { (path: String) throws in ValueFormatter().inline(try value(path).field("plan") ?? .null) }
        #expect(try plan("economy.agriculture.grain_output") == "8.500 tấn")
        #expect(try value("economy.agriculture.grain_output").planDerivation?.formula.hasPrefix("written after the slash") == true)
        #expect(try plan("health.insurance_coverage") == "95%")
        #expect(try plan("economy.income_per_capita") == "50 triệu đồng")
        #expect(try plan("security.defence.recruits") == "16 thanh niên")
        // A bare share after it is of that plan, and the verdict after the share is the figure's.
        let income = try value("economy.income_per_capita")
        #expect(income.attainment == Decimal(string: "96.4"))
        #expect(income.status == .missed)
        // With no verdict and no share of plan, the status is by arithmetic against it, and says so.
        let report2 = "Thu nhập bình quân đầu người: 48,2/50 triệu đồng.\n"
        let bare = try #require(Reports.catalog(Reports.store(markdown: report2)).resolver.value(at: "economy.income_per_capita"))
        #expect(bare.status == .belowPlan)
        #expect(bare.statusBasis?.contains("after its slash") == true)
        // Seven schools of eleven: a part of the whole, no plan.
        #expect(try value("education.schools.national_standard").plan == nil)
        // A quota's (`quota = true`): the number after the slash is the plan, whatever the share after it says.
        for (line, status) in [("Giao 12/12 thanh niên nhập ngũ, đạt 100%.", IndicatorStatus.reachedPlan),
                               ("Giao quân 23/25 công dân.", .belowPlan)] {
            let recruits = try #require(Reports.catalog(Reports.store(markdown: line + "\n")).resolver.value(at: "security.defence.recruits"))
            #expect(recruits.status == status, "\(line)")
        }
    }

    @Test("in a province's own report the province's estimate is the plan before any other; elsewhere any comes first")
    func provinceOwnEstimate() throws {
        let sentence = "Thu ngân sách đạt 8.020 tỷ đồng, đạt 80% dự toán Trung ương giao và 64% dự toán HĐND tỉnh giao."
        let report = { (issuer: String) in
            "\(issuer)\n\nSố: 5/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\nI. KẾT QUẢ\n\n\(sentence)\n"
        }
        let plan = { (issuer: String) throws in
            try #require(Reports.catalog(Reports.store(markdown: report(issuer))).resolver.value(at: "economy.budget.revenue")).plan
        }
        #expect(try plan("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH")?.value == Decimal(12_531.25))
        #expect(try plan("ỦY BAN NHÂN DÂN HUYỆN LẠC SƠN")?.value == Decimal(10_025))
    }

    @Test("in a commune's or ward's report its own council's estimate is the plan before the city's; in a city's, the city's first")
    func communeOwnEstimate() throws {
        let sentence = "Thu ngân sách đạt 24 tỷ đồng, bằng 80% dự toán thành phố giao, bằng 75% dự toán HĐND phường giao."
        let plan = { (issuer: String) throws in
            let report = "\(issuer)\n\nSố: 5/BC-UBND\n\nBÁO CÁO\n\nTình hình kinh tế - xã hội năm 2025\n\nI. KẾT QUẢ\n\n\(sentence)\n"
            return try #require(Reports.catalog(Reports.store(markdown: report)).resolver.value(at: "economy.budget.revenue")).plan
        }
        #expect(try plan("ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG KINH")?.value == Decimal(32))
        #expect(try plan("ỦY BAN NHÂN DÂN THÀNH PHỐ LẠNG SƠN")?.value == Decimal(30))
    }

    @Test("for an indicator whose value is a rate of change, `tăng 8,5%` asks for that rate: a level")
    func growthTarget() throws {
        let store = FactStore(documents: [ReportReader.read(text: "- Giá trị sản xuất trên địa bàn tăng 8,5% trở lên.\n", name: "plan")])
        let fact = try #require(store.facts.first { $0.text == "8,5%" })
        let base = try #require(FactStore(documents: [ReportReader.read(text: "Đạt 8,4%.\n", name: "base")]).facts.first)
        let growth = PlanTarget(fact, base: base, valueIsChange: true)
        #expect(growth.kind == .level && growth.stated.formattedValue() == "8,5%")
        // The same words for a rate that is a level (a poverty rate) ask for a change in points.
        #expect(PlanTarget(fact, base: base).kind == .change)
    }

    @Test(arguments: cases)
    func reads(_ example: Case) throws {
        let store = FactStore(documents: [ReportReader.read(text: example.sentence + "\n", name: "plan")])
        let fact = try #require(store.facts.first { $0.text == example.number }, "no fact \(example.number)")
        let base = try example.base.map { text in
            try #require(FactStore(documents: [ReportReader.read(text: "Đạt \(text).\n", name: "base")]).facts.first)
        }
        let target = PlanTarget(fact, base: base)
        #expect(target.kind == example.kind)
        // Read from the whole sentence folded (as an import does) or from its clause alone (as a corpus does), alike.
        #expect(PlanTarget.wordsBefore(fact, folded: FoldedText(folding: fact.sentence)) == PlanTarget.wordsBefore(fact))
        #expect(target.stated.formattedValue() == example.stated)
        #expect(target.level(base: base).map { ValueFormatter().inline(.measure(Measure($0))) } == example.level)
    }
}
