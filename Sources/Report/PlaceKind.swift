import Platform

/// A kind of place in Vietnam's administration, as the genre names places:
/// `tỉnh`, `thành phố`, `huyện`, `xã` … One table for every reader that
/// meets a place — the issuer line (`UBND THÀNH PHỐ LẠNG SƠN`, `HUYỆN ỦY CAO
/// LỘC`), a news article's headline (`Huyện Hữu Lũng: …`), a table's row of
/// the whole (`Toàn huyện`) and a sentence's places (`xã Chiềng Châu`,
/// `toàn tỉnh`) — so that a kind added here is read by all of them.
public struct PlaceKind: Sendable {
    /// The kind as written, in lower case: `thành phố`.
    public let name: String
    /// The kind folded: `thanh pho`.
    public let folded: String
    /// How high it stands: 4 a province, 3 a city, 2 a district, town or urban
    /// district, 1 a commune, ward, township or special zone, 0 a village.
    public let level: Int
    /// Short forms an issuer line or headline may write, folded: `tp.`, `tx.`.
    public let abbreviations: [String]
    /// The place's Party committee, folded, which names its kind too: `huyen uy` (`HUYỆN ỦY CAO LỘC`).
    public let partyCommittee: String?

    init(_ name: String, level: Int, abbreviations: [String] = [], partyCommittee: String? = nil) {
        self.name = name
        folded = TextFolding.fold(name)
        self.level = level
        self.abbreviations = abbreviations
        self.partyCommittee = partyCommittee
    }

    /// Whether places of this kind issue reports: all but the village.
    public var issuesReports: Bool { level > 0 }

    /// The kinds, in the order an issuer line is searched for them: a kind
    /// whose folded name holds another's (`thị xã`, `xã`) before it.
    public static let all: [PlaceKind] = [
        PlaceKind("thành phố", level: 3, abbreviations: ["tp.", "tp"], partyCommittee: "thanh uy"),
        PlaceKind("thị xã", level: 2, abbreviations: ["tx."], partyCommittee: "thi uy"),
        PlaceKind("huyện", level: 2, partyCommittee: "huyen uy"),
        PlaceKind("tỉnh", level: 4, partyCommittee: "tinh uy"),
        PlaceKind("quận", level: 2, partyCommittee: "quan uy"),
        PlaceKind("phường", level: 1),
        PlaceKind("thị trấn", level: 1),
        PlaceKind("đặc khu", level: 1),
        PlaceKind("xã", level: 1),
        PlaceKind("thôn", level: 0),
    ]

    /// The kinds whose places issue reports (``issuesReports``).
    public static let issuers = all.filter(\.issuesReports)

    /// How high a kind named by its name stands (``level``); a kind not known,
    /// or none, stands above them all.
    public static func level(of name: String?) -> Int {
        all.first { $0.name == name }?.level ?? Int.max
    }
}
