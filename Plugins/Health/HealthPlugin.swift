import PluginKit

/// Health: medical examinations, vaccination, commune health standards,
/// medical waste, health insurance coverage and food safety.
public struct HealthPlugin: DomainPlugin {
    public init() {}

    public let namespace = "health"
    public let title = LocalizedText(vi: "Y tế - dân số", en: "Health")
    public let summary = "Medical examinations and treatment, vaccination, communes meeting the national health criteria, medical waste, health insurance (BHYT) coverage and food-safety inspections."

    public var indicators: [Indicator] {
        [
            Indicator("examinations", vi: "Lượt khám bệnh", en: "Medical examinations", unit: "lượt",
                      actual: FindingRule(["khám bệnh"], unit: .number),
                      examples: [IndicatorExample("Tổng số khám bệnh: 14.210/15.000 đạt 94,7%.", yields: "14.210/15.000")]),
            Indicator("examination_rate", vi: "Tỷ lệ khám bệnh so với kế hoạch", en: "Examinations against plan", unit: "%",
                      actual: FindingRule(["khám bệnh"], unit: .percent),
                      examples: [IndicatorExample("Tổng số khám bệnh: 14.210/15.000 đạt 94,7%.", yields: "94,7%")]),
            Indicator("outpatient_treatments", vi: "Lượt điều trị ngoại trú", en: "Outpatient treatments", unit: "lượt",
                      actual: FindingRule(["điều trị ngoại trú"], unit: .count("lượt")),
                      examples: [IndicatorExample("Tổng số lượt điều trị ngoại trú: 2715 lượt.", yields: "2.715 lượt")]),
            Indicator("covid_doses_adults", vi: "Mũi vắc xin Covid-19 cho người trên 18 tuổi", en: "Covid-19 doses for adults", unit: "mũi",
                      actual: FindingRule(["tiêm"], unit: .count("mũi")),
                      examples: [IndicatorExample("Đã tổ chức tiêm 402 mũi vắc xin cho người dân trên 18 tuổi và 190 mũi vắc xin cho trẻ.", yields: "402 mũi")]),
            Indicator("covid_doses_children", vi: "Mũi vắc xin Covid-19 cho trẻ", en: "Covid-19 doses for children", unit: "mũi",
                      actual: FindingRule(["tiêm"], unit: .count("mũi"), nth: 1),
                      examples: [IndicatorExample("Đã tổ chức tiêm 402 mũi vắc xin cho người dân trên 18 tuổi và 190 mũi vắc xin cho trẻ.", yields: "190 mũi")]),
            Indicator("communes_meeting_criteria", vi: "Xã, phường đạt bộ tiêu chí quốc gia về y tế", en: "Communes meeting the national health criteria", unit: "xã, phường",
                      actual: FindingRule(["đạt bộ tiêu chí quốc gia"], unit: .count("xã, phường"), position: .after),
                      target: FindingRule(["đạt bộ tiêu chí quốc gia"], in: .plan, unit: .count("xã, phường"), position: .after),
                      examples: [
                        IndicatorExample("Tiếp tục duy trì 10/10 phường, xã đạt bộ tiêu chí quốc gia về y tế xã.", yields: "10/10 xã, phường"),
                        IndicatorExample("- Duy trì 10/10 xã đạt Bộ tiêu chí quốc gia về y tế xã.", yields: "10/10 xã, phường", in: .plan),
                      ]),
            Indicator("medical_waste_rate", vi: "Tỷ lệ chất thải y tế được xử lý", en: "Medical waste treated", unit: "%",
                      actual: FindingRule(["chất thải y tế"], unit: .percent),
                      target: FindingRule(["chất thải y tế"], in: .plan, unit: .percent),
                      examples: [
                        IndicatorExample("Tỷ lệ chất thải y tế được xử lý đạt 99,5%.", yields: "99,5%"),
                        IndicatorExample("- Tỷ lệ chất thải y tế được xử lý đạt 100%.", yields: "100%", in: .plan),
                      ]),
            Indicator("insurance_coverage", vi: "Tỷ lệ bao phủ bảo hiểm y tế", en: "Health insurance coverage", unit: "%",
                      actual: FindingRule(["bao phủ bảo hiểm y tế", "bao phủ BHYT"], unit: .percent),
                      target: FindingRule(["bao phủ bảo hiểm y tế", "bao phủ BHYT"], in: .plan, unit: .percent),
                      examples: [
                        IndicatorExample("Tỷ lệ bao phủ bảo hiểm y tế trên địa bàn thành phố đạt 95,8%.", yields: "95,8%"),
                        IndicatorExample("- Tỷ lệ bao phủ BHYT toàn dân 97%.", yields: "97%", in: .plan),
                      ]),
            Indicator("food_safety.inspected", vi: "Cơ sở được kiểm tra an toàn thực phẩm", en: "Food businesses inspected", unit: "cơ sở",
                      actual: FindingRule(["Đã kiểm tra"], unit: .count("cơ sở"), sections: ["y tế"]),
                      examples: [IndicatorExample("Đã kiểm tra 415 cơ sở, số đạt: 409 cơ sở.", yields: "415 cơ sở")]),
            Indicator("food_safety.compliant", vi: "Cơ sở đạt an toàn thực phẩm", en: "Food businesses compliant", unit: "cơ sở",
                      actual: FindingRule(["số đạt"], unit: .count("cơ sở")),
                      examples: [IndicatorExample("Đã kiểm tra 415 cơ sở, số đạt: 409 cơ sở.", yields: "409 cơ sở")]),
            Indicator("food_safety.fines", vi: "Tiền phạt vi phạm an toàn thực phẩm", en: "Food-safety fines", unit: "triệu đồng",
                      actual: FindingRule(["Phạt tiền"], unit: .money),
                      examples: [IndicatorExample("Vi phạm: 06 cơ sở. Phạt tiền: 4,5 triệu đồng.", yields: "4,5 triệu đồng")]),
        ]
    }
}
