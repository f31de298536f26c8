import PluginKit

/// Culture: cultural families and villages, cultural houses, heritage,
/// festivals and sport.
public struct CulturePlugin: DomainPlugin {
    public init() {}

    public let namespace = "culture"
    public let title = LocalizedText(vi: "Văn hóa - thông tin, thể thao", en: "Culture and sport")
    public let summary = "Cultural families and villages, cultural houses, ranked heritage sites, the ethnic culture festival and sports medals."

    public var indicators: [Indicator] {
        [
            Indicator("cultural_families", vi: "Hộ đạt Gia đình văn hóa", en: "Households recognised as cultural families", unit: "hộ",
                      actual: FindingRule(["đạt Gia đình văn hóa"], unit: .count("hộ"), position: .after),
                      examples: [IndicatorExample("Toàn thành phố có 20.140/21.050 hộ đạt Gia đình văn hóa (đạt tỷ lệ 95,7%).", yields: "20.140/21.050 hộ")]),
            Indicator("cultural_families_rate", vi: "Tỷ lệ hộ gia đình văn hóa", en: "Share of cultural families", unit: "%",
                      actual: FindingRule(["đạt Gia đình văn hóa"], unit: .percent),
                      target: FindingRule(["gia đình văn hoá"], in: .plan, unit: .percent),
                      examples: [
                        IndicatorExample("Toàn thành phố có 20.140/21.050 hộ đạt Gia đình văn hóa (đạt tỷ lệ 95,7%).", yields: "95,7%"),
                        IndicatorExample("- Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hoá đạt 96%.", yields: "96%", in: .plan),
                      ]),
            Indicator("cultural_villages", vi: "Khối, thôn văn hóa", en: "Cultural villages and blocks", unit: "khối",
                      actual: FindingRule([", thôn văn hóa"], unit: .count("khối"), position: .after),
                      examples: [IndicatorExample("Có 80/82 khối, thôn văn hóa (đạt 97,6%).", yields: "80/82 khối")]),
            Indicator("villages_with_cultural_house", vi: "Tỷ lệ khối, thôn có nhà văn hóa", en: "Villages with a cultural house", unit: "%",
                      actual: FindingRule(["khối, thôn có nhà văn hóa", "thôn có nhà văn hóa"], unit: .percent, position: .after),
                      target: FindingRule(["thôn có nhà văn hóa"], in: .plan, unit: .percent),
                      examples: [
                        IndicatorExample("4/8 xã, phường có nhà văn hóa (đạt 50%), 100% khối, thôn có nhà văn hóa.", yields: "100%"),
                        IndicatorExample("- Duy trì tỷ lệ thôn có nhà văn hóa đạt chuẩn đạt 100%.", yields: "100%", in: .plan),
                      ]),
            Indicator("communes_with_cultural_house", vi: "Xã, phường có nhà văn hóa", en: "Communes with a cultural house", unit: "xã, phường",
                      actual: FindingRule(["có nhà văn hóa"], unit: .count("xã, phường"), position: .after),
                      examples: [IndicatorExample("Có 5/8 xã, phường có nhà văn hóa (đạt 62,5%).", yields: "5/8 xã, phường")]),
            Indicator("heritage_sites_ranked", vi: "Di tích được xếp hạng cấp tỉnh", en: "Heritage sites ranked by the province", unit: "di tích",
                      actual: FindingRule(["xếp hạng di tích"], unit: .count("di tích")),
                      examples: [IndicatorExample("Tổ chức đón nhận xếp hạng di tích cấp tỉnh đối với 03 di tích.", yields: "3 di tích")]),
            Indicator("festival_booths", vi: "Gian hàng tại Ngày hội Văn hóa các dân tộc", en: "Booths at the ethnic culture festival", unit: "gian hàng",
                      actual: FindingRule(["Ngày hội Văn hóa"], unit: .count("gian hàng")),
                      examples: [IndicatorExample("Tổ chức thành công Ngày hội Văn hóa các dân tộc năm 2025 với sự tham gia của 24 gian hàng.", yields: "24 gian hàng")]),
            Indicator("medals", vi: "Huy chương các loại", en: "Medals won", unit: "huy chương",
                      actual: FindingRule(["đoạt được"], unit: .count("huy chương")),
                      examples: [IndicatorExample("Kết quả đoạt được 27 huy chương các loại, trong đó: 10 huy chương vàng.", yields: "27 huy chương")]),
            Indicator("gold_medals", vi: "Huy chương vàng", en: "Gold medals", unit: "huy chương",
                      actual: FindingRule(["vàng"], unit: .count("huy chương"), position: .after),
                      examples: [IndicatorExample("Trong đó: 10 huy chương vàng, 9 huy chương bạc, 8 huy chương đồng.", yields: "10 huy chương")]),
            Indicator("olympic_run_participants", vi: "Người tham gia Ngày chạy Olympic", en: "Olympic Day run participants", unit: "người",
                      actual: FindingRule(["Ngày chạy Olympic"], unit: .count("người")),
                      examples: [IndicatorExample("Tổ chức thành công Lễ phát động Ngày chạy Olympic vì sức khỏe toàn dân năm 2025 có trên 1.350 người tham gia.", yields: "1.350 người")]),
        ]
    }
}
