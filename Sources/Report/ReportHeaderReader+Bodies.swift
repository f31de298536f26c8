import Platform

/// The bodies under a place's council that issue reports of their own: a
/// department (`SỞ TÀI CHÍNH`), the statistics office, the police, or one of
/// the council's committees (`BAN KINH TẾ - XÃ HỘI`) under the council's name.
extension ReportHeaderReader {
    /// `text` up to the first body it names (`Cao Bằng Sở Văn hóa …` → `Cao Bằng`),
    /// its words compared with their tones, as `phòng` and the place `Phong` fold alike.
    static func beforeBody(_ text: String) -> String {
        let written = text.split(separator: " ", omittingEmptySubsequences: true)
        let words = written.map { $0.lowercased() }
        guard let body = words.indices.dropFirst().first(where: { index in
            bodies.contains { $0.elementsEqual(words[index..<min(words.count, index + $0.count)]) }
        }) else { return text }
        return written[..<body].joined(separator: " ")
    }

    /// Whether `text` opens on a body under a place's council (``bodies``).
    static func opensOnBody(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 3).map { $0.lowercased() }
        return bodies.contains { $0.elementsEqual(words.prefix($0.count)) }
    }

    /// How the bodies a place's council has under it begin: `Sở …`, `Công an …`,
    /// `Phòng Kinh tế …` (not `Phòng` alone, which ends `Hải Phòng`).
    static let bodies: [[String]] = ["sở", "công an", "trung tâm", "chi cục", "văn phòng", "ban quản lý", "hội đồng",
                                     "ủy ban", "phòng kinh tế", "phòng tài chính", "phòng văn hóa", "phòng giáo dục",
                                     "phòng nội vụ", "phòng y tế", "phòng tư pháp", "phòng nông nghiệp", "phòng tài nguyên",
                                     "cục thống kê", "thống kê", "bảo hiểm xã hội", "kho bạc",
                                     // A council's committees: `BAN KINH TẾ - XÃ HỘI`, `BAN PHÁP CHẾ`.
                                     "ban kinh tế", "ban văn hóa", "ban pháp chế", "ban dân tộc", "ban đô thị"]
        .map { $0.split(separator: " ").map(String.init) }
}
