import Platform

/// Which part of a report a passage belongs to, by what it says: the part
/// that reports the period's results (and assesses them), or the part that
/// sets the plan for the next.
public enum ReportPart: String, Hashable, Sendable, CaseIterable {
    case results
    case plan
}

/// What a section is about, read from its heading's words: results, their
/// assessment (shortcomings and causes), or the plan. A section whose heading
/// says none of these (`1. Về kinh tế`) takes its parent's.
public enum SectionMeaning: String, Hashable, Sendable {
    case results, assessment, plan

    /// The report part a section of this meaning is in.
    public var part: ReportPart { self == .plan ? .plan : .results }

    /// The meaning a heading's words give, if any, for a report on `year`
    /// whose plan is for `planYear`. Results words win over plan words
    /// (`Kết quả thực hiện nhiệm vụ năm 2023` reports results); a year decides
    /// what words alone do not.
    ///
    /// Some words say plan only where nothing else has: under a results part,
    /// `Các chỉ tiêu kinh tế` lists the results against the indicators.
    public static func of(heading: String, year: Int?, planYear: Int?, inherited: SectionMeaning? = nil) -> SectionMeaning? {
        // Searched as bytes: the string algorithms' generic search cost more than the rest of a heading's reading.
        let folded = Array((" " + TextFolding.fold(heading).filter { $0.isLetter || $0.isNumber || $0 == " " } + " ").utf8)
        func holds(_ word: String) -> Bool {
            let needle = Array(" \(word) ".utf8)
            guard needle.count <= folded.count else { return false }
            return (0...(folded.count - needle.count)).contains { folded[$0] == needle[0] && folded[$0..<($0 + needle.count)].elementsEqual(needle) }
        }
        func has(_ words: [String]) -> Bool { words.contains(where: holds) }
        let mentionsPlanYear = planYear.map { $0 != year && holds(String($0)) } ?? false
        let mentionsYear = year.map { holds(String($0)) } ?? false
        if has(resultsWords) && !(mentionsPlanYear && !mentionsYear) { return .results }
        if has(assessmentWords) { return .assessment }
        if has(planWords) || (mentionsPlanYear && !mentionsYear) { return .plan }
        if has(weakPlanWords) && (inherited == nil || inherited == .plan) { return .plan }
        return nil
    }

    /// Words of a heading over results: `tình hình thực hiện`, `kết quả`, `đánh giá`.
    static let resultsWords = ["tinh hinh thuc hien", "ket qua", "danh gia ket qua", "da dat duoc", "tinh hinh kinh te",
                               "6 thang dau nam", "9 thang dau nam", "thuc hien nhiem vu"]
    /// Words of a heading over the assessment of results.
    static let assessmentWords = ["han che", "ton tai", "nguyen nhan", "bai hoc", "vuong mac", "yeu kem"]
    /// Words of a heading over the plan: `kế hoạch năm 2024`, `nhiệm vụ, giải pháp`, `phương hướng`.
    static let planWords = ["phuong huong", "nhiem vu", "giai phap", "du kien", "ke hoach",
                            "6 thang cuoi nam", "nhung thang cuoi nam", "thang cuoi nam"]
    /// Words that say plan only where no part is known: `chỉ tiêu`, `mục tiêu`, `trọng tâm`.
    static let weakPlanWords = ["muc tieu", "chi tieu", "trong tam"]
}
