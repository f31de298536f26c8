import PluginKit

/// Social policy: poverty, labour and jobs, social protection, people with
/// meritorious service, and social evils.
public struct SocialPlugin: DomainPlugin {
    public init() {}

    public let namespace = "social"
    public let title = LocalizedText(vi: "Chính sách xã hội", en: "Social policy")
    public let summary = "Poor and near-poor households, trained labour and jobs created, allowances for social protection and people with meritorious service, drug addiction."

    public var indicators: [Indicator] {
        [
            Indicator("poor_households", vi: "Hộ nghèo", en: "Poor households", unit: "hộ",
                      actual: FindingRule(["hộ nghèo"], unit: .count("hộ")),
                      examples: [IndicatorExample("Số hộ nghèo năm 2025 có 48 hộ với 140 nhân khẩu, chiếm tỉ lệ 0,18% tổng số hộ dân.", yields: "48 hộ")]),
            Indicator("poor_rate", vi: "Tỷ lệ hộ nghèo", en: "Poverty rate", unit: "%",
                      actual: FindingRule(["hộ nghèo"], unit: .percent),
                      target: FindingRule(["tỷ lệ hộ nghèo"], in: .plan, unit: .percent, position: .after),
                      examples: [
                        IndicatorExample("Số hộ nghèo năm 2025 có 48 hộ với 140 nhân khẩu, chiếm tỉ lệ 0,18% tổng số hộ dân.", yields: "0,18%"),
                        IndicatorExample("- Giảm 0,03% tỷ lệ hộ nghèo.", yields: "0,03%", in: .plan),
                      ]),
            Indicator("near_poor_households", vi: "Hộ cận nghèo", en: "Near-poor households", unit: "hộ",
                      actual: FindingRule(["hộ cận nghèo"], unit: .count("hộ")),
                      examples: [IndicatorExample("Số hộ cận nghèo có 51 hộ với 160 nhân khẩu, chiếm tỉ lệ 0,19% tổng số hộ dân.", yields: "51 hộ")]),
            Indicator("trained_labour_rate", vi: "Tỷ lệ lao động qua đào tạo", en: "Share of trained workers", unit: "%",
                      actual: FindingRule(["lao động qua đào tạo"], unit: .percent),
                      target: FindingRule(["lao động qua đào tạo"], in: .plan, unit: .percent),
                      examples: [
                        IndicatorExample("Tỷ lệ lao động qua đào tạo đạt 79,5%, đã giải quyết việc làm cho 2.105 người.", yields: "79,5%"),
                        IndicatorExample("- Tỷ lệ lao động qua đào tạo đạt 81%; Số lao động được giải quyết việc làm từ 2.050 đến 2.200 người.", yields: "81%", in: .plan),
                      ]),
            Indicator("jobs_created", vi: "Lao động được giải quyết việc làm", en: "People helped into jobs", unit: "người",
                      actual: FindingRule(["giải quyết việc làm"], unit: .count("người")),
                      target: FindingRule(["giải quyết việc làm"], in: .plan, unit: .count("người")),
                      examples: [
                        IndicatorExample("Tỷ lệ lao động qua đào tạo đạt 79,5%, đã giải quyết việc làm cho 2.105 người (Đạt kế hoạch giao).", yields: "2.105 người"),
                        IndicatorExample("- Tỷ lệ lao động qua đào tạo đạt 81%; Số lao động được giải quyết việc làm từ 2.050 đến 2.200 người.", yields: "2.050-2.200 người", in: .plan),
                      ]),
            Indicator("social_protection_allowances", vi: "Kinh phí trợ cấp bảo trợ xã hội", en: "Social-protection allowances paid", unit: "tỷ đồng",
                      actual: FindingRule(["bảo trợ xã hội với tổng kinh phí"], unit: .money),
                      examples: [IndicatorExample("Chi trả trợ cấp thường xuyên cho đối tượng bảo trợ xã hội với tổng kinh phí trên 10,4 tỷ đồng.", yields: "10,4 tỷ đồng")]),
            Indicator("meritorious_allowances", vi: "Kinh phí trợ cấp người có công", en: "Allowances for people with meritorious service", unit: "tỷ đồng",
                      actual: FindingRule(["người có công và thân nhân với tổng kinh phí"], unit: .money),
                      examples: [IndicatorExample("Chi trả trợ cấp cho các đối tượng người có công và thân nhân với tổng kinh phí trên 13,9 tỷ đồng.", yields: "13,9 tỷ đồng")]),
            Indicator("drug_addicts_managed", vi: "Người nghiện ma túy có hồ sơ quản lý", en: "Registered drug users", unit: "người",
                      actual: FindingRule(["nghiện ma túy"], unit: .count("người"), position: .after),
                      examples: [IndicatorExample("Hiện trên địa bàn có 204 người nghiện ma túy có hồ sơ quản lý.", yields: "204 người")]),
            Indicator("compulsory_rehab", vi: "Người đưa đi cai nghiện bắt buộc", en: "Sent to compulsory rehabilitation", unit: "người",
                      actual: FindingRule(["đi cai nghiện"], unit: .count("người"), position: .after),
                      examples: [IndicatorExample("Đã tổ chức đưa 31 người đi cai nghiện bắt buộc theo quy định.", yields: "31 người")]),
        ]
    }
}
