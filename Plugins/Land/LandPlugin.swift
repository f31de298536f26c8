import PluginKit

/// Land: urban management, land administration, the environment, site
/// clearance (giải phóng mặt bằng) and public investment.
///
/// Each indicator is read from the text by words; its examples are invented
/// sentences in the report's style with the value the rule must read.
public struct LandPlugin: DomainPlugin {
    public init() {}

    public let namespace = "land"
    public let title = LocalizedText(vi: "Đô thị, đất đai, GPMB và đầu tư", en: "Urban management, land, site clearance and investment")
    public let summary = "Construction permits and compliance, urbanization, land registration and violations, solid waste, site clearance (planned and actual area, households, compensation, hand-over) and public investment."

    public var indicators: [Indicator] { Self.urban + Self.landAdministration + Self.clearance + Self.investment }

    public var derived: [DerivedIndicator] {
        [
            DerivedIndicator("clearance.actual_share_of_planned", vi: "Diện tích GPMB thực tế so với kế hoạch", en: "Actual clearance area as a share of planned",
                             expression: "share(land.clearance.actual_area, land.clearance.planned_area)"),
            DerivedIndicator("clearance.handed_over_share", vi: "Tỷ lệ diện tích đã bàn giao", en: "Area handed over as a share of the area needed",
                             expression: "share(land.clearance.handed_over_area, land.clearance.actual_area)"),
            DerivedIndicator("investment.undisbursed", vi: "Vốn chưa giải ngân (ước)", en: "Capital not disbursed (estimate)",
                             expression: "land.investment.capital_plan - land.investment.disbursed"),
        ]
    }

    public var functions: [PluginFunction] {
        [
            PluginFunction("clearance_share", parameters: ["area"],
                           expression: "round(share(area, land.clearance.actual_area), 1)",
                           summary: "an area as a share of the area that had to be cleared this year",
                           example: "land.clearance_share(10 ha)"),
            PluginFunction("compensation_per_household", expression: "round(land.clearance.compensation / land.clearance.compensated_households)",
                           summary: "compensation paid per household or organisation compensated, in đồng",
                           example: "land.compensation_per_household()"),
        ]
    }

    // MARK: - Urban management

    static let urban: [Indicator] = [
        Indicator("urban.construction_permits", vi: "Hồ sơ cấp phép xây dựng", en: "Construction permit applications", unit: "hồ sơ",
                  actual: FindingRule(["cấp phép xây dựng"], unit: .count("hồ sơ"), position: .after),
                  examples: [IndicatorExample("Tiếp nhận và giải quyết 388 hồ sơ cấp phép xây dựng, tổng diện tích sàn 61.200m<sup>2</sup>.", yields: "388 hồ sơ")]),
        Indicator("urban.floor_area", vi: "Tổng diện tích sàn được cấp phép", en: "Permitted floor area", unit: "m²",
                  actual: FindingRule(["diện tích sàn"], unit: .area),
                  examples: [IndicatorExample("Giải quyết 388 hồ sơ cấp phép xây dựng, tổng diện tích sàn 61.200,5m<sup>2</sup>.", yields: "61.200,5 m²")]),
        Indicator("urban.inspected_works", vi: "Công trình xây dựng được kiểm tra", en: "Construction works inspected", unit: "công trình",
                  actual: FindingRule(["Đã kiểm tra"], unit: .count("công trình")),
                  examples: [IndicatorExample("Đã kiểm tra 402 công trình xây dựng.", yields: "402 công trình")]),
        Indicator("urban.works_inspected_share", vi: "Tỷ lệ công trình xây dựng được kiểm tra", en: "Share of construction works inspected", unit: "%",
                  actual: FindingRule(["công trình xây dựng trên địa bàn được kiểm tra"], unit: .percent, position: .after),
                  target: FindingRule(["các công trình xây dựng"], in: .plan, unit: .percent, position: .after),
                  examples: [
                    IndicatorExample("Có 301 công trình có giấy phép xây dựng. 100% công trình xây dựng trên địa bàn được kiểm tra.", yields: "100%"),
                    IndicatorExample("- Kiểm tra 100% các công trình xây dựng.", yields: "100%", in: .plan),
                  ]),
        Indicator("urban.permit_compliance", vi: "Tỷ lệ công trình xây dựng đúng giấy phép", en: "Works built as permitted", unit: "%",
                  actual: FindingRule(["đúng giấy phép"], unit: .percent),
                  target: FindingRule(["đúng giấy phép"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Tỷ lệ công trình xây dựng đúng giấy phép xây dựng đạt 96,4% tổng số công trình kiểm tra.", yields: "96,4%"),
                    IndicatorExample("- Tỷ lệ các công trình xây dựng thực hiện đúng giấy phép đạt 97% tổng số công trình được kiểm tra.", yields: "97%", in: .plan),
                  ]),
        Indicator("urban.civilized_streets", vi: "Tuyến đường, phố đạt chuẩn văn minh đô thị", en: "Streets recognised as civilized", unit: "tuyến",
                  actual: FindingRule(["xây dựng"], unit: .count("tuyến"), sections: ["quản lý đô thị"]),
                  target: FindingRule(["văn minh"], in: .plan, unit: .count("tuyến"), position: .after),
                  examples: [
                    IndicatorExample("Hoàn thành xây dựng 12 tuyến đường, phố đạt chuẩn văn minh đô thị năm 2025.", yields: "12 tuyến"),
                    IndicatorExample("- Xây dựng 14 tuyến phố văn minh đô thị.", yields: "14 tuyến", in: .plan),
                  ]),
        Indicator("urban.urbanization_rate", vi: "Tỷ lệ đô thị hóa", en: "Urbanization rate", unit: "%",
                  actual: FindingRule(["đô thị hóa"], unit: .percent),
                  target: FindingRule(["đô thị hóa"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Tỷ lệ đô thị hoá đạt 70,2%.", yields: "70,2%"),
                    IndicatorExample("- Xây dựng 14 tuyến phố văn minh đô thị; Tỷ lệ đô thị hóa đạt 71%.", yields: "71%", in: .plan),
                  ]),
        Indicator("urban.lighting_savings", vi: "Tiết kiệm chi phí chiếu sáng công cộng", en: "Public lighting savings", unit: "triệu đồng",
                  actual: FindingRule(["tiết kiệm được"], unit: .money),
                  examples: [IndicatorExample("Điều chỉnh hệ thống chiếu sáng công cộng, tiết kiệm được trên 215 triệu đồng.", yields: "215 triệu đồng")]),
        Indicator("environment.solid_waste_rate", vi: "Tỷ lệ chất thải rắn đô thị được thu gom, xử lý", en: "Urban solid waste collected and treated", unit: "%",
                  actual: FindingRule(["chất thải rắn", "chất rắn thải"], unit: .percent),
                  target: FindingRule(["chất thải rắn", "chất rắn thải"], in: .plan, unit: .percent),
                  examples: [
                    IndicatorExample("Tỷ lệ chất thải rắn ở đô thị được thu gom và xử lý đạt 97,5% (Đạt kế hoạch giao).", yields: "97,5%"),
                    IndicatorExample("- Tỷ lệ chất rắn thải ở đô thị được thu gom và xử lý đạt 99%.", yields: "99%", in: .plan),
                  ]),
    ]

    // MARK: - Land administration

    static let landAdministration: [Indicator] = [
        Indicator("registration.parcels_declared", vi: "Thửa đất đã kê khai trong năm", en: "Parcels declared this year", unit: "thửa",
                  actual: FindingRule(["kê khai"], unit: .count("thửa")),
                  examples: [IndicatorExample("Đã thực hiện kê khai 640 thửa/2.400 thửa, đạt tỷ lệ 26,7%.", yields: "640 thửa")]),
        Indicator("registration.parcels_declared_cumulative", vi: "Thửa đất đã kê khai (lũy kế)", en: "Parcels declared, cumulative", unit: "thửa",
                  actual: FindingRule(["cần kê khai"], unit: .count("thửa"), position: .after),
                  examples: [IndicatorExample("Lũy kế đến nay đã thực hiện 1.980/2.400 thửa đất cần kê khai, đạt 82,5%.", yields: "1.980/2.400 thửa")]),
        Indicator("registration.certificates_first_issue", vi: "Giấy chứng nhận cấp lần đầu", en: "Land-use certificates first issued", unit: "giấy chứng nhận",
                  actual: FindingRule(["Cấp ban đầu", "cấp lần đầu"], unit: .count("giấy chứng nhận")),
                  examples: [IndicatorExample("Cấp ban đầu 187 GCN/150 hộ gia đình, cá nhân.", yields: "187 giấy chứng nhận")]),
        Indicator("violations.decisions", vi: "Quyết định xử phạt vi phạm hành chính về đất đai", en: "Land-violation penalty decisions", unit: "quyết định",
                  actual: FindingRule(["xử phạt"], unit: .count("quyết định"), position: .after, sections: ["đất đai", "tài nguyên"]),
                  examples: [IndicatorExample("Ban hành 27 Quyết định xử phạt vi phạm hành chính trong lĩnh vực đất đai.", yields: "27 quyết định")]),
        Indicator("violations.fines", vi: "Tiền xử phạt vi phạm về đất đai", en: "Land-violation fines and recovered profits", unit: "đồng",
                  actual: FindingRule(["lĩnh vực đất đai"], unit: .money),
                  examples: [IndicatorExample("Ban hành 27 Quyết định xử phạt trong lĩnh vực đất đai đối với 31 cá nhân với số tiền 512.340.000 đồng.", yields: "512.340.000 đồng")]),
        Indicator("public_land.sites", vi: "Khu đất công", en: "Public land sites", unit: "khu đất",
                  actual: FindingRule(["công"], unit: .count("khu đất"), position: .after),
                  examples: [IndicatorExample("Hiện nay trên địa bàn thành phố có 33 khu đất công.", yields: "33 khu đất")]),
    ]

    // MARK: - Site clearance

    static let clearance: [Indicator] = [
        Indicator("clearance.projects", vi: "Dự án thực hiện bồi thường, hỗ trợ, tái định cư", en: "Projects with compensation and resettlement", unit: "dự án",
                  actual: FindingRule(["tái định cư"], unit: .count("dự án")),
                  examples: [IndicatorExample("Chỉ đạo công tác bồi thường, hỗ trợ và tái định cư đối với 38 dự án.", yields: "38 dự án")]),
        Indicator("clearance.planned_area", vi: "Diện tích cần GPMB theo kế hoạch", en: "Area planned for clearance", unit: "ha",
                  actual: FindingRule(["cần thực hiện giải phóng mặt bằng"], unit: .area),
                  examples: [IndicatorExample("Tổng diện tích cần thực hiện giải phóng mặt bằng 2025 là 180,5ha ảnh hưởng 1.210 hộ gia đình.", yields: "180,5 ha")]),
        Indicator("clearance.planned_households", vi: "Hộ bị ảnh hưởng theo kế hoạch GPMB", en: "Households affected by planned clearance", unit: "hộ",
                  actual: FindingRule(["cần thực hiện giải phóng mặt bằng"], unit: .count("hộ")),
                  examples: [IndicatorExample("Tổng diện tích cần thực hiện giải phóng mặt bằng 2025 là 180,5ha ảnh hưởng 1.210 hộ gia đình.", yields: "1.210 hộ")]),
        Indicator("clearance.actual_area", vi: "Diện tích thực tế phải thu hồi, GPMB", en: "Area actually to be cleared", unit: "ha",
                  actual: FindingRule(["diện tích thực tế"], unit: .area),
                  examples: [IndicatorExample("Vì vậy diện tích thực tế phải thu hồi đất và GPMB của năm 2025 là 52,3ha ảnh hưởng 640 hộ gia đình.", yields: "52,3 ha")]),
        Indicator("clearance.actual_households", vi: "Hộ bị ảnh hưởng thực tế", en: "Households actually affected", unit: "hộ",
                  actual: FindingRule(["diện tích thực tế"], unit: .count("hộ")),
                  examples: [IndicatorExample("Diện tích thực tế phải thu hồi đất của năm 2025 là 52,3ha ảnh hưởng 640 hộ gia đình.", yields: "640 hộ")]),
        Indicator("clearance.compensation", vi: "Tiền bồi thường, hỗ trợ đã chi trả", en: "Compensation paid", unit: "triệu đồng",
                  actual: FindingRule(["tiền bồi thường"], unit: .money),
                  examples: [IndicatorExample("Thực hiện chi trả tiền bồi thường, hỗ trợ tổng số tiền 98.120,5 triệu đồng cho 390 hộ gia đình.", yields: "98.120,5 triệu đồng")]),
        Indicator("clearance.compensated_households", vi: "Hộ, tổ chức được chi trả bồi thường", en: "Households and organisations compensated", unit: "hộ",
                  actual: FindingRule(["tiền bồi thường"], unit: .count("hộ")),
                  examples: [IndicatorExample("Chi trả tiền bồi thường, hỗ trợ tổng số tiền 98.120,5 triệu đồng cho 390 hộ gia đình, tổ chức.", yields: "390 hộ")]),
        Indicator("clearance.handed_over_area", vi: "Diện tích mặt bằng đã bàn giao", en: "Area handed over", unit: "m²",
                  actual: FindingRule(["diện tích bàn giao"], unit: .area),
                  examples: [IndicatorExample("Tổng diện tích bàn giao mặt bằng là 187.450,2m<sup>2</sup>.", yields: "187.450,2 m²")]),
        Indicator("clearance.handed_over_households", vi: "Hộ, tổ chức đã bàn giao mặt bằng", en: "Households that handed over their land", unit: "hộ",
                  actual: FindingRule(["Bàn giao mặt bằng"], unit: .count("hộ")),
                  examples: [IndicatorExample("Bàn giao mặt bằng của 205 hộ gia đình, tổ chức cho chủ đầu tư.", yields: "205 hộ")]),
    ]

    // MARK: - Public investment

    static let investment: [Indicator] = [
        Indicator("investment.capital_plan", vi: "Tổng kế hoạch vốn đầu tư phát triển", en: "Development investment capital plan", unit: "triệu đồng",
                  actual: FindingRule(["kế hoạch vốn"], unit: .money),
                  examples: [IndicatorExample("Tổng kế hoạch vốn đầu tư phát triển năm 2025 là 298.640 triệu đồng bố trí cho 52 dự án.", yields: "298.640 triệu đồng")]),
        Indicator("investment.projects", vi: "Dự án được bố trí vốn", en: "Projects with allocated capital", unit: "dự án",
                  actual: FindingRule(["bố trí cho"], unit: .count("dự án")),
                  examples: [IndicatorExample("Tổng kế hoạch vốn năm 2025 là 298.640 triệu đồng bố trí cho 52 dự án.", yields: "52 dự án")]),
        Indicator("investment.disbursed", vi: "Giá trị giải ngân (ước cả năm)", en: "Capital disbursed (year estimate)", unit: "triệu đồng",
                  actual: FindingRule(["giải ngân"], unit: .money, prefer: .estimate),
                  examples: [IndicatorExample("Kết quả giải ngân đến 15/11/2025 đạt 120.500 triệu đồng. Ước giá trị giải ngân năm 2025 là 296.100 triệu đồng, đạt 99,1% kế hoạch vốn giao.", yields: "296.100 triệu đồng")]),
        Indicator("investment.province_projects", vi: "Dự án do tỉnh quản lý", en: "Province-managed projects", unit: "dự án",
                  actual: FindingRule(["do tỉnh quản lý"], unit: .count("dự án"), position: .after),
                  examples: [IndicatorExample("Bố trí cho 52 dự án, trong đó có 8 dự án do tỉnh quản lý.", yields: "8 dự án")]),
        Indicator("investment.city_projects", vi: "Dự án do thành phố quản lý", en: "City-managed projects", unit: "dự án",
                  actual: FindingRule(["do thành phố quản lý"], unit: .count("dự án"), position: .after),
                  examples: [IndicatorExample("Trong đó 35 dự án do thành phố quản lý và 9 dự án cấp xã quản lý.", yields: "35 dự án")]),
        Indicator("investment.commune_projects", vi: "Dự án cấp xã quản lý", en: "Commune-managed projects", unit: "dự án",
                  actual: FindingRule(["cấp xã quản lý"], unit: .count("dự án"), position: .after),
                  examples: [IndicatorExample("Trong đó 35 dự án do thành phố quản lý và 9 dự án cấp xã quản lý.", yields: "9 dự án")]),
    ]
}
