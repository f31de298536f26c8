import PluginKit

/// Administration: administrative reform, one-stop dossiers, online public
/// services, digitisation and digital transformation.
public struct AdministrationPlugin: DomainPlugin {
    public init() {}

    public let namespace = "administration"
    public let title = LocalizedText(vi: "Xây dựng chính quyền, cải cách hành chính, chuyển đổi số", en: "Administration and digital transformation")
    public let summary = "Administrative procedures cut, one-stop dossiers received and resolved on time, online processing, digitised records, digital signatures and community digital teams."

    public var indicators: [Indicator] {
        [
            Indicator("procedures_reviewed", vi: "TTHC đề xuất cắt giảm thời hạn giải quyết", en: "Procedures proposed for shorter deadlines", unit: "TTHC",
                      actual: FindingRule(["cắt giảm thời hạn"], unit: .count("thủ tục hành chính")),
                      examples: [IndicatorExample("Thực hiện rà soát, đề xuất cắt giảm thời hạn giải quyết TTHC đối với 28 TTHC.", yields: "28 thủ tục hành chính")]),
            Indicator("procedures_cut", vi: "TTHC được phê duyệt phương án cắt giảm", en: "Procedures approved for cutting", unit: "TTHC",
                      actual: FindingRule(["phương án cắt giảm"], unit: .count("thủ tục hành chính")),
                      examples: [IndicatorExample("Số TTHC đã được Chủ tịch UBND tỉnh phê duyệt phương án cắt giảm: 25/28 TTHC.", yields: "25/28 thủ tục hành chính")]),
            Indicator("dossiers_received", vi: "Hồ sơ TTHC tiếp nhận", en: "Administrative dossiers received", unit: "hồ sơ",
                      actual: FindingRule(["TTHC"], unit: .count("hồ sơ"), position: .after),
                      examples: [IndicatorExample("Tiếp nhận 7.920 hồ sơ TTHC, đã giải quyết 7.880 hồ sơ TTHC.", yields: "7.920 hồ sơ")]),
            Indicator("dossiers_resolved", vi: "Hồ sơ TTHC đã giải quyết", en: "Administrative dossiers resolved", unit: "hồ sơ",
                      actual: FindingRule(["đã giải quyết"], unit: .count("hồ sơ"), sections: ["cải cách hành chính"]),
                      examples: [IndicatorExample("Tiếp nhận 7.920 hồ sơ TTHC, đã giải quyết 7.880 hồ sơ TTHC.", yields: "7.880 hồ sơ")]),
            Indicator("dossiers_on_time", vi: "Hồ sơ TTHC trả đúng hạn", en: "Dossiers returned on time", unit: "hồ sơ",
                      actual: FindingRule(["trả đúng hạn"], unit: .count("hồ sơ")),
                      examples: [IndicatorExample("Đã giải quyết 7.880 hồ sơ TTHC (trả đúng hạn 7.877 hồ sơ TTHC, trả quá hạn 03 hồ sơ).", yields: "7.877 hồ sơ")]),
            Indicator("online_full_rate", vi: "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", en: "Dossiers processed fully online", unit: "%",
                      actual: FindingRule(["trực tuyến toàn trình"], unit: .percent),
                      examples: [IndicatorExample("Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt : 90,15%.", yields: "90,15%")]),
            Indicator("online_partial_rate", vi: "Tỷ lệ hồ sơ trực tuyến một phần", en: "Dossiers processed partly online", unit: "%",
                      actual: FindingRule(["trực tuyến một phần"], unit: .percent),
                      examples: [IndicatorExample("Tỷ lệ hồ sơ trực tuyến một phần đạt: 97,4%.", yields: "97,4%")]),
            Indicator("digitised_records", vi: "Hồ sơ, kết quả TTHC đã số hóa", en: "Records digitised", unit: "hồ sơ",
                      actual: FindingRule(["số hoá", "số hóa"], unit: .count("hồ sơ")),
                      examples: [IndicatorExample("Tổng số hồ sơ, kết quả giải quyết TTHC đã số hoá lên Kho dữ liệu của tỉnh là 41.300/45.870 hồ sơ, đạt tỷ lệ 90,04%.", yields: "41.300/45.870 hồ sơ")]),
            Indicator("digitisation_rate", vi: "Tỷ lệ số hóa hồ sơ TTHC", en: "Share of records digitised", unit: "%",
                      actual: FindingRule(["số hoá", "số hóa"], unit: .percent),
                      examples: [IndicatorExample("Tổng số hồ sơ đã số hoá lên Kho dữ liệu của tỉnh là 41.300/45.870 hồ sơ, đạt tỷ lệ 90,04%.", yields: "90,04%")]),
            Indicator("digital_signatures", vi: "Chữ ký số cá nhân được cấp", en: "Personal digital signatures issued", unit: "chữ ký số",
                      actual: FindingRule(["cấp được"], unit: .count("chữ ký số")),
                      examples: [IndicatorExample("Phối hợp triển khai cấp được 1.215 chữ ký số cá nhân và 48 chữ ký số cho cơ quan.", yields: "1.215 chữ ký số")]),
            Indicator("community_digital_teams", vi: "Tổ công nghệ số cộng đồng", en: "Community digital technology teams", unit: "tổ",
                      actual: FindingRule(["công nghệ số cộng đồng"], unit: .count("tổ"), position: .after),
                      examples: [IndicatorExample("Tập huấn với tổng số 79 Tổ công nghệ số cộng đồng với 540 thành viên.", yields: "79 tổ")]),
        ]
    }
}
