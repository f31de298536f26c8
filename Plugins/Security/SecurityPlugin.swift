import PluginKit

/// Security: defence, public order (crime, loan sharking, traffic accidents),
/// inspection, citizen reception and petitions, justice and anti-corruption.
public struct SecurityPlugin: DomainPlugin {
    public init() {}

    public let namespace = "security"
    public let title = LocalizedText(vi: "Quốc phòng - an ninh, thanh tra, tư pháp", en: "Defence, public order, inspection and justice")
    public let summary = "Military recruitment, criminal offences, loan sharking, traffic accidents and their toll, inspections, citizen reception and petitions, justice (legal documents, civil status, certification, mediation) and asset declarations."

    public var indicators: [Indicator] { Self.order + Self.inspection + Self.justice }

    public var derived: [DerivedIndicator] {
        [DerivedIndicator("petitions.pending", vi: "Đơn chưa giải quyết", en: "Petitions not yet resolved",
                          expression: "value(security.petitions.received) - value(security.petitions.resolved)")]
    }

    public var functions: [PluginFunction] {
        [PluginFunction("reduction_target", parameters: ["value", "percent"], expression: "round(value * (1 - percent / 100%), 1)",
                        summary: "what a value becomes after the reduction a target asks for",
                        example: "security.reduction_target(security.traffic.accidents, security.traffic.accidents.target)")]
    }

    static let order: [Indicator] = [
        Indicator("defence.recruits", vi: "Công dân nhập ngũ đã bàn giao", en: "Recruits handed over", unit: "công dân",
                  actual: FindingRule(["bàn giao đủ"], unit: .count("công dân")),
                  examples: [IndicatorExample("Hoàn thành công tác tuyển quân năm 2025 theo kế hoạch, bàn giao đủ 98 công dân theo chỉ tiêu giao.", yields: "98 công dân")]),
        Indicator("order.criminal_offences", vi: "Vụ phạm pháp hình sự", en: "Criminal offences", unit: "vụ",
                  actual: FindingRule(["Phạm pháp hình sự"], unit: .count("vụ")),
                  target: FindingRule(["Giảm phạm pháp hình sự"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Phạm pháp hình sự xảy ra 61 vụ (giảm 03 vụ so với cùng kỳ năm 2024).", yields: "61 vụ"),
                    IndicatorExample("- Giảm tai nạn giao thông cả 3 tiêu chí 4%; Giảm phạm pháp hình sự 6%.", yields: "6%", in: .plan),
                  ]),
        Indicator("order.crime_deaths", vi: "Người chết do phạm pháp hình sự", en: "Deaths from crime", unit: "người",
                  actual: FindingRule(["Làm chết"], unit: .count("người")),
                  examples: [IndicatorExample("Làm chết 02 người, bị thương 19 người, thiệt hại tài sản khoảng 0,9 tỷ đồng.", yields: "2 người")]),
        Indicator("order.crime_injuries", vi: "Người bị thương do phạm pháp hình sự", en: "Injuries from crime", unit: "người",
                  actual: FindingRule(["bị thương"], unit: .count("người")),
                  examples: [IndicatorExample("Làm chết 02 người, bị thương 19 người, thiệt hại tài sản khoảng 0,9 tỷ đồng.", yields: "19 người")]),
        Indicator("order.crime_damage", vi: "Thiệt hại tài sản do phạm pháp hình sự", en: "Property damage from crime", unit: "tỷ đồng",
                  actual: FindingRule(["thiệt hại tài sản"], unit: .money),
                  examples: [IndicatorExample("Làm chết 02 người, bị thương 19 người, thiệt hại tài sản khoảng 0,9 tỷ đồng.", yields: "0,9 tỷ đồng")]),
        Indicator("order.loan_sharking_cases", vi: "Vụ tín dụng đen bị khởi tố", en: "Loan-sharking cases prosecuted", unit: "vụ",
                  actual: FindingRule(["khởi tố"], unit: .count("vụ")),
                  examples: [IndicatorExample("Đấu tranh với tội phạm “tín dụng đen”, khởi tố 02 vụ 04 bị can về hành vi cho vay lãi nặng.", yields: "2 vụ")]),
        Indicator("order.loan_sharking_suspects", vi: "Bị can tín dụng đen", en: "Loan-sharking suspects charged", unit: "bị can",
                  actual: FindingRule(["khởi tố"], unit: .count("bị can")),
                  examples: [IndicatorExample("Đấu tranh với tội phạm “tín dụng đen”, khởi tố 02 vụ 04 bị can về hành vi cho vay lãi nặng.", yields: "4 bị can")]),
        Indicator("traffic.accidents", vi: "Tai nạn giao thông đường bộ", en: "Road traffic accidents", unit: "vụ",
                  actual: FindingRule(["Tai nạn giao thông"], unit: .count("vụ")),
                  target: FindingRule(["Giảm tai nạn giao thông"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Tai nạn giao thông đường bộ xảy ra 19 vụ, (giảm 05 vụ, giảm 02 người chết so với năm 2024).", yields: "19 vụ"),
                    IndicatorExample("- Giảm tai nạn giao thông cả 3 tiêu chí 4%; Giảm phạm pháp hình sự 6%.", yields: "4%", in: .plan),
                  ]),
        Indicator("traffic.deaths", vi: "Người chết do tai nạn giao thông", en: "Traffic deaths", unit: "người",
                  actual: FindingRule(["Hậu quả làm chết"], unit: .count("người")),
                  examples: [IndicatorExample("Hậu quả làm chết 06 người, bị thương 21 người, thiệt hại tài sản trị giá khoảng 512,4 triệu đồng.", yields: "6 người")]),
        Indicator("traffic.injuries", vi: "Người bị thương do tai nạn giao thông", en: "Traffic injuries", unit: "người",
                  actual: FindingRule(["Hậu quả làm chết"], unit: .count("người"), nth: 1),
                  examples: [IndicatorExample("Hậu quả làm chết 06 người, bị thương 21 người, thiệt hại tài sản trị giá khoảng 512,4 triệu đồng.", yields: "21 người")]),
        Indicator("traffic.damage", vi: "Thiệt hại tài sản do tai nạn giao thông", en: "Property damage from traffic accidents", unit: "triệu đồng",
                  actual: FindingRule(["Hậu quả làm chết"], unit: .money),
                  examples: [IndicatorExample("Hậu quả làm chết 06 người, bị thương 21 người, thiệt hại tài sản trị giá khoảng 512,4 triệu đồng.", yields: "512,4 triệu đồng")]),
    ]

    static let inspection: [Indicator] = [
        Indicator("inspection.inspections", vi: "Cuộc thanh tra", en: "Inspections carried out", unit: "cuộc",
                  actual: FindingRule(["Thực hiện thanh tra"], unit: .count("cuộc")),
                  examples: [IndicatorExample("Phê duyệt Kế hoạch thanh tra năm 2025. Thực hiện thanh tra 04 cuộc/04 đơn vị.", yields: "4 cuộc")]),
        Indicator("inspection.businesses_checked", vi: "Doanh nghiệp, cơ sở được kiểm tra theo kế hoạch", en: "Businesses checked as planned", unit: "doanh nghiệp",
                  actual: FindingRule(["kiểm tra theo kế hoạch"], unit: .count("doanh nghiệp")),
                  examples: [IndicatorExample("Đã thực hiện kiểm tra theo kế hoạch đối với 44 doanh nghiệp, cơ sở kinh doanh.", yields: "44 doanh nghiệp")]),
        Indicator("citizens.receptions", vi: "Lượt tiếp công dân", en: "Citizens received", unit: "lượt",
                  actual: FindingRule(["tổ chức tiếp"], unit: .count("lượt")),
                  examples: [IndicatorExample("UBND thành phố và các phòng, ban đã tổ chức tiếp 980 lượt công dân, tăng 41 lượt so với cùng kỳ.", yields: "980 lượt")]),
        Indicator("petitions.received", vi: "Đơn thuộc thẩm quyền đã tiếp nhận", en: "Petitions received", unit: "đơn",
                  actual: FindingRule(["Tiếp nhận"], unit: .count("đơn")),
                  examples: [IndicatorExample("Tiếp nhận 321 đơn thuộc thẩm quyền (40 khiếu nại, 05 tố cáo, 276 đề nghị).", yields: "321 đơn")]),
        Indicator("petitions.complaints", vi: "Đơn khiếu nại", en: "Complaints", unit: "khiếu nại",
                  actual: FindingRule(["Tiếp nhận"], unit: .count("khiếu nại")),
                  examples: [IndicatorExample("Tiếp nhận 321 đơn thuộc thẩm quyền (40 khiếu nại, 05 tố cáo, 276 đề nghị).", yields: "40 khiếu nại")]),
        Indicator("petitions.resolved", vi: "Đơn đã giải quyết", en: "Petitions resolved", unit: "đơn",
                  actual: FindingRule(["Đã giải quyết"], unit: .count("đơn")),
                  examples: [IndicatorExample("Đã giải quyết 310/321 đơn thuộc thẩm quyền, đạt tỷ lệ 96,6%.", yields: "310/321 đơn")]),
        Indicator("petitions.resolution_rate", vi: "Tỷ lệ giải quyết đơn", en: "Petition resolution rate", unit: "%",
                  actual: FindingRule(["Đã giải quyết"], unit: .percent),
                  examples: [IndicatorExample("Đã giải quyết 310/321 đơn thuộc thẩm quyền, đạt tỷ lệ 96,6%.", yields: "96,6%")]),
    ]

    static let justice: [Indicator] = [
        Indicator("justice.legal_documents", vi: "Văn bản quy phạm pháp luật ban hành", en: "Legal documents issued", unit: "văn bản",
                  actual: FindingRule(["ban hành"], unit: .count("văn bản"), sections: ["tư pháp"]),
                  examples: [IndicatorExample("Thẩm định, ban hành 05 văn bản QPPL.", yields: "5 văn bản")]),
        Indicator("justice.civil_status_dossiers", vi: "Hồ sơ thay đổi, cải chính hộ tịch", en: "Civil-status changes handled", unit: "hồ sơ",
                  actual: FindingRule(["thay đổi, cải chính hộ tịch"], unit: .count("hồ sơ"), position: .after),
                  examples: [IndicatorExample("Đã thụ lý, giải quyết 298 hồ sơ thay đổi, cải chính hộ tịch, xác định lại dân tộc.", yields: "298 hồ sơ")]),
        Indicator("justice.certifications", vi: "Việc chứng thực", en: "Certifications", unit: "việc",
                  actual: FindingRule(["chứng thực"], unit: .count("vụ việc")),
                  examples: [IndicatorExample("Chỉ đạo công tác chứng thực, hộ tịch; giải quyết 298 hồ sơ; chứng thực 2.975 việc.", yields: "2.975 vụ việc")]),
        Indicator("justice.mediation_cases", vi: "Vụ việc hòa giải ở cơ sở tiếp nhận", en: "Mediation cases received", unit: "vụ việc",
                  actual: FindingRule(["tiếp nhận hòa giải"], unit: .count("vụ việc")),
                  examples: [IndicatorExample("Tổng số tiếp nhận hòa giải trên địa bàn là 104 vụ việc, đã tổ chức hòa giải 99/104 vụ việc.", yields: "104 vụ việc")]),
        Indicator("justice.mediation_rate", vi: "Tỷ lệ vụ việc đã tổ chức hòa giải", en: "Share of cases mediated", unit: "%",
                  actual: FindingRule(["tổ chức hòa giải"], unit: .percent),
                  examples: [IndicatorExample("Đã tổ chức hòa giải 99/104 vụ việc, đạt tỷ lệ 95,2%.", yields: "95,2%")]),
        Indicator("justice.mediation_successful", vi: "Vụ hòa giải thành", en: "Successful mediations", unit: "vụ",
                  actual: FindingRule(["hòa giải thành"], unit: .count("vụ")),
                  examples: [IndicatorExample("Trong đó: Đã hòa giải thành 87 vụ, đạt tỷ lệ 87,9%.", yields: "87 vụ")]),
        Indicator("anticorruption.asset_declarations", vi: "Người kê khai tài sản, thu nhập", en: "Asset declarations made", unit: "người",
                  actual: FindingRule(["Đã kê khai"], unit: .count("người")),
                  examples: [IndicatorExample("Đã kê khai 214/214 người.", yields: "214/214 người")]),
    ]
}
