import Report


/// An invented sentence in the genre's style and the value an indicator's
/// rule must read from it: documentation, test and code at once. It keeps
/// where it is written in its spec, so that a failing example is reported there.
public struct IndicatorExample: Hashable, Sendable {
    public var sentence: String
    /// The value as a report would write it (`900 tỷ đồng`), or ``nothing``.
    public var expected: String
    /// Which part of a report the sentence belongs in.
    public var part: ReportPart
    /// The spec file and the line the example's sentence is on.
    public var file: String
    public var line: Int

    /// What an example yields when its sentence must not be read: `yields = "nothing"`.
    public static let nothing = "nothing"

    /// Whether `found`, the value a rule read from the sentence (if any), is what the example says.
    public func isMet(by found: String?) -> Bool {
        (found ?? Self.nothing) == expected
    }

    public init(_ sentence: String, yields expected: String, in part: ReportPart = .results, file: String = "", line: Int = 0) {
        self.sentence = sentence
        self.expected = expected
        self.part = part
        self.file = file
        self.line = line
    }

    /// A small report in the genre's layout with the example in its part, under
    /// a section titled with the rule's section words, for checking the rule on it.
    public func report(for rule: FindingRule) -> String {
        let section = rule.sections.first ?? "Lĩnh vực"
        let results = part == .results ? sentence : "Không có số liệu."
        let plan = part == .plan ? sentence : "- Không có chỉ tiêu."
        return """
        ### Phần I

        ## TÌNH HÌNH THỰC HIỆN

        ## II. KẾT QUẢ CHỦ YẾU

        ### 1. \(section)

        \(results)

        ## Phần II

        ## KẾ HOẠCH

        ##### a) Các chỉ tiêu \(rule.sections.first ?? "")

        \(plan)
        """
    }
}
