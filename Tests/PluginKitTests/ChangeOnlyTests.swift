import Testing
import TestSupport
import Report
import Facts
import FactReading
@testable import PluginKit

/// Monthly and quarterly reports often say how a figure moved on last year
/// and not the figure (`Thu nội địa giảm 4,2% so với cùng kỳ`): the
/// indicator then has no value but that change, and `.change` gives it, as
/// it gives the change the report states beside a value.
@Suite("An indicator's change on last year")
struct ChangeOnlyTests {
    static func value(_ path: String, _ results: String) -> IndicatorValue? {
        PartYearStatusTests.value(path, title: PartYearStatusTests.year, results: results)
    }

    @Test("with no figure, the change the report gives is the answer: in percent for an amount, in its unit or percent for a count", arguments: [
        ("economy.budget.domestic_revenue", "Thu nội địa giảm 4,2% so với cùng kỳ.", "-4,2%"),
        ("economy.exports", "Kim ngạch xuất khẩu tăng 12,5% so với năm 2024.", "12,5%"),
        ("security.order.criminal_offences", "Phạm pháp hình sự giảm 3 vụ so với cùng kỳ.", "-3 vụ"),
        ("security.order.criminal_offences", "Tội phạm về trật tự xã hội giảm 11,5% so với cùng kỳ.", "-11,5%"),
        ("economy.enterprises.new", "Số doanh nghiệp thành lập mới tăng 15% so với cùng kỳ.", "15%"),
        ("social.poor_rate", "Tỷ lệ hộ nghèo giảm 0,34% so với năm trước.", "-0,34%"),
        // In the results, said with its verb alone, or by a label that opens on it.
        ("social.poor_rate", "Tỷ lệ hộ nghèo giảm 0,41%.", "-0,41%"),
        ("social.poor_rate", "- Giảm tỷ lệ hộ nghèo: 0,62%.", "-0,62%"),
        // The rate of the fall before what fell is the fall.
        ("social.poor_rate", "Tỷ lệ giảm hộ nghèo ước đạt 4,6%.", "-4,6%"),
        ("social.poor_rate", "Tỷ lệ giảm nghèo 1,2%.", "-1,2%"),
        ("security.order.criminal_offences", "Tội phạm về trật tự xã hội giảm 6,1%.", "-6,1%"),
    ])
    func alone(_ path: String, _ sentence: String, _ expected: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual == nil && value.share == nil)
        #expect(value.change?.formattedValue() == expected)
        #expect(value.change?.sentence == sentence)
        #expect(value.saysAnything)
        #expect(value.previous == nil)
        guard case .fact(let fact)? = value.field("change") else { Issue.record("no change field"); return }
        #expect(fact.formattedValue() == expected)
    }

    @Test("an indicator whose change said alone is another's value (`change_alone = false`) has none: the output's is the growth")
    func changeAloneIsAnothers() throws {
        let sentence = "GTSX năm 2025 tăng 7,4% so với năm 2024, chưa đạt kế hoạch."
        let output = try #require(Self.value("economy.production_value", sentence))
        #expect(output.change == nil && output.status == .unknown)
        #expect(Self.value("economy.growth", sentence)?.actual?.formattedValue() == "7,4%")
    }

    @Test("a verdict on the change alone is the status, and .why says where it was read")
    func verdict() throws {
        let value = try #require(Self.value("economy.budget.domestic_revenue",
                                            "Thu nội địa tăng 6% so với cùng kỳ, vượt kế hoạch."))
        #expect(value.status == .met)
        #expect(value.statusBasis == "the report says so of its change on last year; it gives this change on last year, not the figure")
    }

    @Test("with no figure, a change set against the plan gives the status as a figure would", arguments: [
        ("social.poor_households", "Số hộ nghèo giảm 286 hộ so với năm 2024, vượt 46 hộ so với chỉ tiêu tỉnh giao.", "met"),
        ("economy.budget.domestic_revenue", "Thu nội địa tăng 6% so với cùng kỳ (kế hoạch tăng 5%).", "reached plan"),
        ("economy.budget.domestic_revenue", "Thu nội địa tăng 3% so với cùng kỳ (kế hoạch tăng 5%).", "below plan"),
    ])
    func againstPlan(_ path: String, _ sentence: String, _ status: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual == nil)
        #expect(value.status.rawValue == status)
    }

    @Test("a rate's change found alone needs its sentence to name a rate, and a count's in percent its clause to name none", arguments: [
        ("social.social_insurance_rate", "Số người tham gia bảo hiểm xã hội bắt buộc tăng 4,2% so với cùng kỳ."),
        ("social.poor_households", "Tỷ lệ hộ nghèo giảm 0,5% so với năm trước."),
    ])
    func countInPercent(_ path: String, _ sentence: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.change == nil && !value.saysAnything)
    }

    @Test("a rate's change is none of a count's in percent: one naming the count, or said again after it")
    func rateBesideCounts() throws {
        let sentence = "Xảy ra 312 vụ phạm tội về trật tự xã hội; điều tra, khám phá 277 vụ, tỉ lệ khám phá đạt 88,7%. "
            + "So với năm 2025, giảm 52 vụ (-14,3%), số vụ khám phá tăng 12 vụ (+4,5%)."
        let value = try #require(Self.value("security.order.clearance_rate", sentence))
        #expect(value.actual?.formattedValue() == "88,7%")
        #expect(value.change == nil && value.previous == nil)
    }

    @Test("a value's change stated beside it, or as its share of last year's, is its .change", arguments: [
        ("economy.exports", "Kim ngạch xuất khẩu đạt 58,4 triệu USD, tăng 12% so với năm trước.", "12"),
        ("economy.budget.revenue", "Thu ngân sách đạt 412,5 tỷ đồng, bằng 109,5% so với cùng kỳ.", "9.5"),
        ("security.traffic.accidents", "Xảy ra 12 vụ tai nạn giao thông, giảm 3 vụ so với cùng kỳ.", "-3"),
        // Under a heading that names it, `Số vụ` alone is the accidents' count (`tai nạn giao thông: số vụ`).
        ("security.traffic.accidents", "1. Tai nạn giao thông\n\n+ Số vụ: 12 vụ, giảm 3 vụ so với cùng kỳ.\n\n+ Số người chết: 5 người.", "-3"),
        // A sentence that opens on last year goes on with the one before: the change named there is the figure's own.
        ("security.traffic.deaths", "Tai nạn giao thông xảy ra 31 vụ, làm chết 12 người, bị thương 25 người. "
            + "So với năm trước, số người chết giảm 3 người.", "-3"),
    ])
    func beside(_ path: String, _ sentence: String, _ expected: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual != nil)
        #expect(value.changeDerivation?.quantity.value.description == expected)
    }

    @Test("a value's change may be the one the next sentence names, of changes alone and in the value's own measure", arguments: [
        ("security.traffic.injuries", "Tai nạn giao thông xảy ra 31 vụ, làm chết 12 người, bị thương 25 người. "
            + "Trong khi đó số người bị thương tăng 4 người (+19,05%).", "4 người"),
        ("security.traffic.deaths", "Tai nạn giao thông xảy ra 31 vụ, làm chết 12 người, bị thương 25 người. "
            + "Số người chết giảm 3 người so với năm trước.", "-3 người"),
        // Not a percentage, which may be a part's.
        ("economy.budget.revenue", "Thu ngân sách đạt 212 tỷ đồng, trong đó thu trên địa bàn 48 tỷ đồng. "
            + "Thu ngân sách trên địa bàn giảm 8,1% so với cùng kỳ.", nil),
    ] as [(String, String, String?)])
    func nextSentence(_ path: String, _ text: String, _ expected: String?) throws {
        let value = try #require(Self.value(path, text))
        #expect(value.actual != nil)
        #expect(value.change?.formattedValue() == expected)
    }

    @Test("a rate or count whose sentences say no change takes one said alone elsewhere in the report; an amount does not", arguments: [
        ("social.poor_rate", "Tỷ lệ giảm hộ nghèo đạt 5,3%, vượt kế hoạch.\n\nKhám chữa bệnh cho 41.200 lượt người.\n\n"
            + "Tỷ lệ hộ nghèo cuối năm còn 24,16%.", "24,16%", "-5,3%"),
        ("security.traffic.accidents", "So với năm trước, số vụ tai nạn giao thông giảm 2 vụ.\n\nGiao quân đạt 100% chỉ tiêu.\n\n"
            + "Tai nạn giao thông xảy ra 6 vụ, làm chết 4 người.", "6 vụ", "-2 vụ"),
        ("economy.budget.revenue", "Thu ngân sách trên địa bàn giảm 8,1% so với cùng kỳ.\n\nGiao quân đạt 100% chỉ tiêu.\n\n"
            + "Thu ngân sách đạt 212 tỷ đồng.", "212 tỷ đồng", nil),
    ] as [(String, String, String, String?)])
    func changeElsewhere(_ path: String, _ text: String, _ actual: String, _ expected: String?) throws {
        let value = try #require(Self.value(path, text))
        #expect(value.actual?.formattedValue() == actual)
        #expect(value.change?.formattedValue() == expected)
    }

    @Test("a change said elsewhere brings its verdict where the indicator heads its sentence as an item of its own")
    func verdictElsewhere() throws {
        let headed = "Tỷ lệ hộ nghèo giảm 5,3% (vượt kế hoạch).\n\nKhám chữa bệnh cho 41.200 lượt người.\n\nTỷ lệ hộ nghèo cuối năm còn 24,16%."
        #expect(try #require(Self.value("social.poor_rate", headed)).status == .met)
        // The rate named as the rate of its fall heads its sentence too.
        let fallen = "Tỷ lệ giảm hộ nghèo đạt 5,3% (vượt kế hoạch).\n\nKhám chữa bệnh cho 41.200 lượt người.\n\nTỷ lệ hộ nghèo cuối năm còn 24,16%."
        #expect(try #require(Self.value("social.poor_rate", fallen)).status == .met)
        let fallenAmong = "Tỷ lệ giảm hộ nghèo 5,3%, thu ngân sách vượt kế hoạch.\n\nTỷ lệ hộ nghèo cuối năm còn 24,16%."
        #expect(try #require(Self.value("social.poor_rate", fallenAmong)).status == .unknown)
        let other = "Thu ngân sách tăng, tỷ lệ hộ nghèo giảm 1,3% - không đạt.\n\nKhám chữa bệnh cho 41.200 lượt người.\n\n"
            + "Cuối năm tỷ lệ hộ nghèo còn 3,4%."
        let value = try #require(Self.value("social.poor_rate", other))
        #expect(value.change?.formattedValue() == "-1,3%")
        #expect(value.status != .missed)
    }

    @Test("a figure with no plan of its own reaches it, or not, by its change against the plan's change found apart", arguments: [
        ("Tỷ lệ hộ nghèo giảm: Nghị quyết giảm 2,5%; ước thực hiện giảm 2,8%, tỷ lệ hộ nghèo còn 9,6%.", "reached plan"),
        ("Tỷ lệ hộ nghèo giảm: Nghị quyết giảm 2,5%; ước thực hiện giảm 1,9%, tỷ lệ hộ nghèo còn 9,6%.", "below plan"),
    ])
    func changeApartAgainstPlan(_ sentence: String, _ status: String) throws {
        let value = try #require(Self.value("social.poor_rate", sentence))
        #expect(value.actual?.formattedValue() == "9,6%")
        #expect(value.status.rawValue == status)
    }

    @Test("a change over the years since a year before last is no growth rate, and no change on last year", arguments: [
        ("economy.growth", "Sau 5 năm, giá trị sản xuất các ngành kinh tế chủ yếu tăng 47,3% so với năm 2020."),
        ("economy.budget.revenue", "Thu ngân sách tăng 65% so với năm 2020."),
    ])
    func earlierYear(_ path: String, _ sentence: String) throws {
        let value = try #require(Self.value(path, sentence))
        #expect(value.actual == nil && value.change == nil && !value.saysAnything)
    }

    @Test("a value that is itself a change has none: growth is the change")
    func growth() throws {
        let value = try #require(Self.value("economy.growth", "Giá trị sản xuất các ngành kinh tế chủ yếu tăng 8,4% so với năm 2024."))
        #expect(value.actual?.formattedValue() == "8,4%")
        #expect(value.changeDerivation == nil && value.change == nil)
        if case .null? = value.field("change") {} else { Issue.record("growth has a change field") }
    }
}
