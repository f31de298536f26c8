import PluginKit

/// Economy: growth of the main sectors, economic structure, exports, trade and
/// tourism, agriculture, the state budget, enterprises and cooperatives.
///
/// Each indicator is read from the text by words; its example is an invented
/// sentence in the report's style with the value the rule must read from it.
public struct EconomyPlugin: DomainPlugin {
    public init() {}

    public let namespace = "economy"
    public let title = LocalizedText(vi: "Kinh tế", en: "Economy")
    public let summary = "Sector growth and structure, exports, tourism, agriculture, the state budget, enterprises and cooperatives."

    public var indicators: [Indicator] { Self.growth + Self.tourism + Self.agriculture + Self.newRural + Self.budget + Self.enterprises }

    public var derived: [DerivedIndicator] {
        [
            DerivedIndicator("tourism.revenue_per_arrival", vi: "Doanh thu du lịch bình quân mỗi lượt khách",
                             en: "Tourism revenue per arrival",
                             expression: "economy.tourism.revenue / economy.tourism.arrivals"),
            DerivedIndicator("budget.balance", vi: "Chênh lệch thu - chi ngân sách", en: "Budget revenue minus spending",
                             expression: "economy.budget.revenue - economy.budget.spending"),
        ]
    }

    // MARK: - Growth and structure

    static let growth: [Indicator] = [
        Indicator("growth", vi: "Tốc độ tăng một số ngành kinh tế chủ yếu", en: "Growth of the main economic sectors", unit: "%",
                  actual: FindingRule(["Tốc độ tăng"], unit: .percent),
                  target: FindingRule(["Tốc độ tăng trưởng", "Tốc độ tăng"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Tốc độ tăng một số ngành kinh tế chủ yếu năm 2025 đạt 8,4%, chưa đạt mục tiêu đề ra từ 9-10%.", yields: "8,4%"),
                    IndicatorExample("- Tốc độ tăng trưởng một số ngành kinh tế chủ yếu 9-10%.", yields: "9-10%", in: .plan),
                  ]),
        Indicator("growth.agriculture", vi: "Tăng trưởng nông, lâm nghiệp", en: "Growth of agriculture and forestry", unit: "%",
                  actual: FindingRule(["Nông, lâm nghiệp tăng"], unit: .percent),
                  examples: [IndicatorExample("Trong đó: Nông, lâm nghiệp tăng 3,1%, dịch vụ tăng 7%.", yields: "3,1%")]),
        Indicator("growth.industry", vi: "Tăng trưởng công nghiệp - xây dựng", en: "Growth of industry and construction", unit: "%",
                  actual: FindingRule(["công nghiệp - xây dựng tăng", "công nghiệp - xây dựng"], unit: .percent),
                  examples: [IndicatorExample("Trong đó: nông, lâm nghiệp tăng 3,1%, công nghiệp - xây dựng 12,4%.", yields: "12,4%")]),
        Indicator("growth.services", vi: "Tăng trưởng dịch vụ", en: "Growth of services", unit: "%",
                  actual: FindingRule(["dịch vụ tăng"], unit: .percent),
                  examples: [IndicatorExample("Nông, lâm nghiệp tăng 3,1%, dịch vụ tăng 7,25%.", yields: "7,25%")]),
        Indicator("structure.agriculture", vi: "Tỷ trọng nông, lâm nghiệp", en: "Share of agriculture and forestry", unit: "%",
                  actual: FindingRule(["Nông, lâm nghiệp chiếm"], unit: .percent),
                  examples: [IndicatorExample("Cơ cấu như sau: Nông, lâm nghiệp chiếm 2,2%, dịch vụ chiếm 50%.", yields: "2,2%")]),
        Indicator("structure.industry", vi: "Tỷ trọng công nghiệp - xây dựng", en: "Share of industry and construction", unit: "%",
                  actual: FindingRule(["công nghiệp - xây dựng chiếm"], unit: .percent),
                  examples: [IndicatorExample("Cơ cấu: công nghiệp - xây dựng chiếm 47,8%, dịch vụ chiếm 50%.", yields: "47,8%")]),
        Indicator("structure.services", vi: "Tỷ trọng dịch vụ", en: "Share of services", unit: "%",
                  actual: FindingRule(["dịch vụ chiếm"], unit: .percent),
                  examples: [IndicatorExample("Cơ cấu: công nghiệp - xây dựng chiếm 47,8%, dịch vụ chiếm 50%.", yields: "50%")]),
        Indicator("exports", vi: "Hàng xuất khẩu địa phương", en: "Local exports", unit: "triệu USD",
                  actual: FindingRule(["xuất khẩu"], unit: .money),
                  target: FindingRule(["xuất khẩu"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Hàng xuất khẩu địa phương đạt 9,8 triệu USD, tăng 4% so với năm 2024.", yields: "9,8 triệu USD"),
                    IndicatorExample("- Kim ngạch xuất khẩu hàng địa phương tăng 3%.", yields: "3%", in: .plan),
                  ]),
    ]

    // MARK: - Tourism

    static let tourism: [Indicator] = [
        Indicator("tourism.arrivals", vi: "Tổng lượt khách du lịch", en: "Tourist arrivals", unit: "lượt",
                  actual: FindingRule(["lượt khách du lịch", "lượng khách du lịch"], unit: .count("lượt")),
                  target: FindingRule(["lượt khách du lịch", "lượng khách du lịch"], in: .plan, unit: .count("lượt")),
                  examples: [
                    IndicatorExample("Tổng lượt khách du lịch ước đạt 2.450.000 lượt khách (vượt 5% kế hoạch).", yields: "2.450.000 lượt"),
                    IndicatorExample("- Tổng lượng khách du lịch năm 2026 là 2.600 nghìn lượt.", yields: "2.600 nghìn lượt", in: .plan),
                  ]),
        Indicator("tourism.international", vi: "Khách quốc tế", en: "International arrivals", unit: "lượt",
                  actual: FindingRule(["khách quốc tế"], unit: .count("lượt")),
                  examples: [IndicatorExample("Trong đó: Khách quốc tế: 85.300 lượt, tăng 12% so với năm 2024.", yields: "85.300 lượt")]),
        Indicator("tourism.domestic", vi: "Khách nội địa", en: "Domestic arrivals", unit: "lượt",
                  actual: FindingRule(["khách nội địa"], unit: .count("lượt")),
                  examples: [IndicatorExample("Khách nội địa: 2.364.700 lượt (vượt 4% kế hoạch).", yields: "2.364.700 lượt")]),
        Indicator("tourism.revenue", vi: "Doanh thu du lịch", en: "Tourism revenue", unit: "tỷ đồng",
                  actual: FindingRule(["Doanh thu du lịch"], unit: .money),
                  target: FindingRule(["Doanh thu du lịch"], in: .plan, unit: .money),
                  examples: [
                    IndicatorExample("Doanh thu du lịch ước đạt 1.210 tỉ đồng (vượt 20,5% kế hoạch).", yields: "1.210 tỷ đồng"),
                    IndicatorExample("- Doanh thu du lịch đạt 1.450 tỷ đồng.", yields: "1.450 tỷ đồng", in: .plan),
                  ]),
    ]

    // MARK: - Agriculture

    static let agriculture: [Indicator] = [
        Indicator("agriculture.sown_area", vi: "Tổng diện tích gieo trồng cây hàng năm", en: "Sown area of annual crops", unit: "ha",
                  actual: FindingRule(["diện tích gieo trồng"], unit: .area),
                  examples: [IndicatorExample("Tổng diện tích gieo trồng cây hàng năm ước 1.650ha, bằng 98% so với kế hoạch năm.", yields: "1.650 ha")]),
        Indicator("agriculture.grain_output", vi: "Sản lượng lương thực cây có hạt", en: "Grain output", unit: "tấn",
                  actual: FindingRule(["sản lượng lương thực"], unit: .mass),
                  examples: [IndicatorExample("Sản lượng lương thực cây có hạt ước 3.980 tấn, đạt 90% kế hoạch năm.", yields: "3.980 tấn")]),
        Indicator("agriculture.forest_planted", vi: "Diện tích rừng trồng", en: "Forest planted", unit: "ha",
                  actual: FindingRule(["rừng"], unit: .area, position: .after),
                  target: FindingRule(["rừng"], in: .plan, unit: .area, position: .after),
                  examples: [
                    IndicatorExample("Trồng được trên 41,5 ha rừng tập trung.", yields: "41,5 ha"),
                    IndicatorExample("- Trồng mới 25ha rừng; Tổng diện tích cây trồng có giá trị kinh tế cao 8ha.", yields: "25 ha", in: .plan),
                  ]),
    ]

    // MARK: - New rural development and OCOP

    static let newRural: [Indicator] = [
        Indicator("agriculture.high_value_crops", vi: "Diện tích cây trồng có giá trị kinh tế cao", en: "High-value crop area", unit: "ha",
                  actual: FindingRule(["cây trồng có giá trị kinh tế cao"], unit: .area, position: .after),
                  target: FindingRule(["cây trồng có giá trị kinh tế cao"], in: .plan, unit: .area),
                  examples: [
                    IndicatorExample("Trồng được trên 41,5 ha rừng tập trung và 12,4ha cây trồng có giá trị kinh tế cao.", yields: "12,4 ha"),
                    IndicatorExample("- Trồng mới 25ha rừng; Tổng diện tích cây trồng có giá trị kinh tế cao 8ha.", yields: "8 ha", in: .plan),
                  ]),
        Indicator("new_rural.model_villages", vi: "Thôn kiểu mẫu", en: "Model villages", unit: "thôn",
                  actual: FindingRule(["kiểu mẫu"], unit: .count("thôn"), position: .after),
                  target: FindingRule(["kiểu mẫu"], in: .plan, unit: .count("thôn")),
                  examples: [
                    IndicatorExample("Xét công nhận đối với 04 thôn kiểu mẫu, 05 khu dân cư kiểu mẫu.", yields: "4 thôn"),
                    IndicatorExample("- Xây dựng xã Hòa Bình đạt NTM kiểu mẫu; xây dựng 03 thôn và 05 khu dân cư kiểu mẫu.", yields: "3 thôn", in: .plan),
                  ]),
        Indicator("new_rural.model_residential_areas", vi: "Khu dân cư kiểu mẫu", en: "Model residential areas", unit: "khu dân cư",
                  actual: FindingRule(["kiểu mẫu"], unit: .count("khu dân cư"), position: .after),
                  target: FindingRule(["kiểu mẫu"], in: .plan, unit: .count("khu dân cư")),
                  examples: [
                    IndicatorExample("Xét công nhận đối với 04 thôn kiểu mẫu, 05 khu dân cư kiểu mẫu.", yields: "5 khu dân cư"),
                    IndicatorExample("- Xây dựng xã Hòa Bình đạt NTM kiểu mẫu; xây dựng 03 thôn và 05 khu dân cư kiểu mẫu.", yields: "5 khu dân cư", in: .plan),
                  ]),
        Indicator("ocop.products_rated", vi: "Sản phẩm OCOP được đánh giá, phân hạng", en: "OCOP products rated", unit: "sản phẩm",
                  actual: FindingRule(["phân hạng cho"], unit: .count("sản phẩm")),
                  examples: [IndicatorExample("Đánh giá, phân hạng cho 05 sản phẩm tham gia Chương trình Mỗi xã một sản phẩm (OCOP).", yields: "5 sản phẩm")]),
    ]

    // MARK: - State budget

    static let budget: [Indicator] = [
        Indicator("budget.revenue", vi: "Thu ngân sách nhà nước (ước cả năm)", en: "State budget revenue (year estimate)", unit: "triệu đồng",
                  actual: FindingRule(["Thu ngân sách"], unit: .money, prefer: .estimate),
                  examples: [IndicatorExample("Thu ngân sách nhà nước đến 15/11/2025 là 210.000 triệu đồng, đạt 80% so với dự toán tỉnh giao; Ước năm 2025 đạt 260.500 triệu đồng, bằng 104% so với dự toán.", yields: "260.500 triệu đồng")]),
        Indicator("budget.domestic_revenue", vi: "Thu nội địa", en: "Domestic revenue", unit: "triệu đồng",
                  actual: FindingRule(["thu nội địa"], unit: .money, prefer: .estimate),
                  target: FindingRule(["thu nội địa"], in: .plan, unit: .money),
                  examples: [
                    IndicatorExample("Số thu nội địa không kể tiền sử dụng đất ước đạt 198.400 triệu đồng, bằng 101% so với dự toán.", yields: "198.400 triệu đồng"),
                    IndicatorExample("- Thu nội địa đạt 300.000 triệu đồng.", yields: "300.000 triệu đồng", in: .plan),
                  ]),
        Indicator("budget.spending", vi: "Tổng chi ngân sách thành phố (ước cả năm)", en: "City budget spending (year estimate)", unit: "triệu đồng",
                  actual: FindingRule(["chi ngân sách"], unit: .money, prefer: .estimate),
                  examples: [IndicatorExample("Tổng chi ngân sách thành phố đến 15/11/2025 là 400.000 triệu đồng, đạt 70% dự toán tỉnh giao; Ước thực hiện năm 2025 là 610.000 triệu đồng.", yields: "610.000 triệu đồng")]),
    ]

    // MARK: - Enterprises, cooperatives, household businesses

    static let enterprises: [Indicator] = [
        Indicator("enterprises.new", vi: "Doanh nghiệp thành lập mới", en: "New enterprises", unit: "doanh nghiệp",
                  actual: FindingRule(["thành lập mới"], unit: .count("doanh nghiệp"), position: .after),
                  examples: [IndicatorExample("Năm 2025 đã có 210 doanh nghiệp thành lập mới, tăng 5% so với cùng kỳ.", yields: "210 doanh nghiệp")]),
        Indicator("enterprises.dissolved", vi: "Doanh nghiệp giải thể", en: "Enterprises dissolved", unit: "doanh nghiệp",
                  actual: FindingRule(["giải thể"], unit: .count("doanh nghiệp"), position: .after),
                  examples: [IndicatorExample("Có 210 doanh nghiệp thành lập mới, 18 doanh nghiệp giải thể.", yields: "18 doanh nghiệp")]),
        Indicator("cooperatives.new", vi: "Hợp tác xã thành lập mới", en: "New cooperatives", unit: "hợp tác xã",
                  actual: FindingRule(["thành lập mới"], unit: .count("hợp tác xã")),
                  examples: [IndicatorExample("Thành lập mới 03 Hợp tác xã, nâng tổng số lên 30 HTX.", yields: "3 hợp tác xã")]),
        Indicator("household_businesses.new", vi: "Hộ kinh doanh thành lập mới", en: "New household businesses", unit: "hộ",
                  actual: FindingRule(["kinh doanh thành lập mới"], unit: .count("hộ"), position: .after),
                  examples: [IndicatorExample("Có 870 hộ kinh doanh thành lập mới, tăng 9% so với năm 2024.", yields: "870 hộ")]),
    ]
}
