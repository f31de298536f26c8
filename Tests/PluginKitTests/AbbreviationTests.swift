import Testing
@testable import PluginKit

/// The genre's short forms (`LĐ`, `NSNN`): every rule's words are looked for in them too.
@Suite("Abbreviations of the vocabulary")
struct AbbreviationTests {
    static let vocabulary = Vocabulary(abbreviations: [
        .init(short: "LĐ", long: "lao động"), .init(short: "NSNN", long: "ngân sách nhà nước"), .init(short: "QG", long: "quốc gia"),
    ])

    @Test("a word with one long form gains its short form, keeping how the rest is written")
    func oneForm() {
        #expect(Self.vocabulary.abbreviating(["Tỷ lệ lao động qua đào tạo"]) == ["Tỷ lệ lao động qua đào tạo", "Tỷ lệ LĐ qua đào tạo"])
        // Found whatever the case, as whole words only.
        #expect(Self.vocabulary.abbreviating(["LAO ĐỘNG"]) == ["LAO ĐỘNG", "LĐ"])
        #expect(Self.vocabulary.abbreviating(["quốc giao"]) == ["quốc giao"])
    }

    @Test("a word with several long forms gains each, and all of them at once; nothing twice")
    func severalForms() {
        let forms = Self.vocabulary.abbreviating(["lao động chi ngân sách nhà nước", "LĐ chi NSNN"])
        #expect(forms == ["lao động chi ngân sách nhà nước", "LĐ chi NSNN", "LĐ chi ngân sách nhà nước", "lao động chi NSNN"])
    }

    @Test("a vocabulary's abbreviations reach a plugin's rules")
    func builtIn() throws {
        let spec = """
        namespace = "t"
        version = "1.0.0"
        baocao = "0.2"
        title_vi = "Thử"
        title_en = "Test"

        [[indicators]]
        key = "trained"
        label_vi = "Tỷ lệ lao động qua đào tạo"
        label_en = "Trained workers"
        unit = "%"
        names = ["lao động qua đào tạo"]

        [indicators.actual]
        unit = "percent"
        """
        let plugin = try PluginSpecReader.read(spec, path: "t.toml", vocabulary: Self.vocabulary)
        #expect(plugin.indicators.first?.actual.names == ["lao động qua đào tạo", "LĐ qua đào tạo"])
    }

    @Test("an abbreviation without both forms is an error at its line")
    func broken() {
        #expect(throws: PluginSpecError.self) { try Vocabulary.read("[[abbreviations]]\nshort = \"LĐ\"\n", path: "v.toml") }
    }
}
