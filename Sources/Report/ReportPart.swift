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
        var folded = paddedWords(of: heading)
        func holds(_ needle: [UInt8]) -> Bool { offset(of: needle, in: folded) != nil }
        func has(_ words: [[UInt8]]) -> Bool { words.contains(where: holds) }
        let mentionsPlanYear = planYear.map { $0 != year && holds(padded(String($0))) } ?? false
        let mentionsYear = year.map { holds(padded(String($0))) } ?? false
        if has(resultsWords) && !(mentionsPlanYear && !mentionsYear) { return .results }
        if has(assessmentWords) { return .assessment }
        // A topic named by a plan's words (`Kế hoạch vốn`, `Dân số - kế hoạch hóa gia đình`) says no plan.
        for topic in planTopics {
            while let at = offset(of: topic, in: folded) {
                for index in (at + 1)..<(at + topic.count - 1) { folded[index] = 0x2E }
            }
        }
        if has(planWords) || (mentionsPlanYear && !mentionsYear) { return .plan }
        // `MỤC TIÊU NHIỆM KỲ 2025 - 2030` after the term's results: a target's words over years after the report's.
        if has(weakPlanWords) && (inherited == nil || inherited == .plan || year.map { namesYear(after: $0, in: folded) } == true) {
            return .plan
        }
        return nil
    }

    /// Whether padded words hold a year (four digits, 1900 to 2100) after `year`.
    private static func namesYear(after year: Int, in folded: [UInt8]) -> Bool {
        folded.split(separator: 0x20).contains { word in
            word.count == 4 && word.allSatisfy { (0x30...0x39).contains($0) }
                && Int(asciiDigits: word).map { (1900...2100).contains($0) && $0 > year } == true
        }
    }

    /// Whether a heading names the year reported on and not the year planned (`I. TÌNH HÌNH NĂM 2026` in a
    /// plan for 2027): in a plan, a section over that year assesses it.
    public static func namesYearReported(_ heading: String, year: Int?, planYear: Int?) -> Bool {
        guard let year, planYear != year else { return false }
        let folded = paddedWords(of: heading)
        func holds(_ number: Int) -> Bool { offset(of: padded(String(number)), in: folded) != nil }
        return holds(year) && !(planYear.map(holds) ?? false)
    }

    /// Whether a heading holds a plan's words (`nhiệm vụ`, `phương hướng`, `kế hoạch`) whatever else it
    /// holds: a report's title names its plan beside its results (`… năm 2025, kế hoạch năm 2026`).
    public static func namesPlan(_ heading: String) -> Bool {
        let folded = paddedWords(of: heading)
        return planWords.contains { offset(of: $0, in: folded) != nil }
    }

    /// A heading folded to its letters, digits and spaces, between spaces: searched as bytes, each word
    /// padded with spaces, for whole words.
    private static func paddedWords(of heading: String) -> [UInt8] {
        var folded: [UInt8] = [0x20]
        for scalar in TextFolding.foldedScalars(heading)
        where TextFolding.isLetter(scalar) || ("0"..."9").contains(scalar) || scalar == " " {
            UTF8.encode(scalar) { folded.append($0) }
        }
        folded.append(0x20)
        return folded
    }

    /// Where a padded word first stands in a heading's padded words (``paddedWords(of:)``), if it does.
    private static func offset(of needle: [UInt8], in folded: [UInt8]) -> Int? {
        folded.withUnsafeBufferPointer { text in needle.withUnsafeBufferPointer { TextFolding.firstIndex(of: $0, in: text, from: 0) } }
    }

    /// A word as it is looked for: its bytes between spaces.
    static func padded(_ word: String) -> [UInt8] { Array(" \(word) ".utf8) }

    /// Words of a heading over results: `tình hình thực hiện`, `kết quả`, `đánh giá`.
    static let resultsWords = ["tinh hinh thuc hien", "ket qua", "danh gia ket qua", "da dat duoc", "tinh hinh kinh te",
                               "6 thang dau nam", "9 thang dau nam", "thuc hien nhiem vu"].map(padded)
    /// Words of a heading over the assessment of results.
    static let assessmentWords = ["han che", "ton tai", "nguyen nhan", "bai hoc", "vuong mac", "yeu kem"].map(padded)
    /// Words of a heading over the plan: `kế hoạch năm 2024`, `nhiệm vụ, giải pháp`, `phương hướng`.
    static let planWords = ["phuong huong", "nhiem vu", "giai phap", "du kien", "ke hoach",
                            "6 thang cuoi nam", "nhung thang cuoi nam", "thang cuoi nam"].map(padded)
    /// Topics whose names hold a plan's words: the capital planned for public
    /// investment, the land-use plan, family planning.
    static let planTopics = ["ke hoach von", "ke hoach dau tu cong", "ke hoach su dung dat", "ke hoach hoa gia dinh"].map(padded)
    /// Words that say plan only where no part is known: `chỉ tiêu`, `mục tiêu`, `trọng tâm`.
    static let weakPlanWords = ["muc tieu", "chi tieu", "trong tam"].map(padded)
}
