
/// A label in Vietnamese, the report's language, and in English.
public struct LocalizedText: Hashable, Sendable {
    public var vi: String
    public var en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }
}
