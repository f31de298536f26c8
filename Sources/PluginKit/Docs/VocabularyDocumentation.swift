import FoundationEssentials
import Platform

/// Renders the shared vocabulary (`Plugins/vocabulary.toml`) as
/// `docs/VOCABULARY.md`: each concept's words and the indicators that draw on
/// it, with how to add one. Generated like docs/INDICATORS.md, so it cannot
/// drift from the file the plugins read.
public enum VocabularyDocumentation {
    public static func markdown(for vocabulary: Vocabulary, plugins: [DomainPlugin]) -> String {
        var out = """
        # The vocabulary of the genre

        Generated from `Plugins/vocabulary.toml` by `Scripts/render-docs`; do not edit by hand.

        Reports of the genre say the same things in many words: *doanh thu du lịch*,
        *tổng thu từ khách du lịch* and *thu từ các hoạt động du lịch* are one figure;
        *đón 2,1 triệu lượt khách* reports arrivals with a verb. baocao keeps these words
        once, as **concepts** every plugin can draw on, so that a better word list helps
        every indicator that uses it.

        A concept has **names** — the subject words of a value, found before its number
        in the number's clause (`Doanh thu du lịch ước đạt 1.210 tỷ đồng`) or right after
        its number and unit (`126 doanh nghiệp thành lập mới`) — and **verbs**, which
        report it right before its number, past filler words such as *được*, *khoảng*,
        *ước đạt* (`đón 2,1 triệu lượt khách`). Words match whole, ignoring case,
        diacritics and the spellings *i*/*y* (*tỉ*/*tỷ*, *quy*/*qui*), and a word
        processor's en dash and curly quotes match the `-` and `"` typed for them
        (`công nghiệp – xây dựng`, `danh hiệu “Gia đình văn hóa”`); `…` in a name
        stands for up to four words (`tổng thu … du lịch`).

        ## Using a concept

        In a plugin spec (docs/PLUGINS.md), an indicator or one of its rules names the
        concepts it draws on and may add words of its own:

        ```toml
        [[indicators]]
        key = "traffic.deaths"
        concepts = ["deaths"]          # chết, người chết, tử vong …
        context = ["@traffic"]         # a concept's names as the topic the sentence must be on
        unless = ["@crime"]            # … and not, nearer before the number, this one
        ```

        `context`, `exclude` and `unless` take a concept as `@name`: its names are the
        words of a topic. A sentence that names two topics gives each number to the one
        that stands nearest before it (`44 vụ phạm pháp hình sự; 24 vụ tai nạn giao
        thông làm chết 13 người`: the deaths are the traffic's).

        ## Adding a concept

        1. Read how reports of the genre word the figure: several reports, several
           places and periods. Collect the subject words and the verbs, not sentences.
        2. Add a `[[concepts]]` table to `Plugins/vocabulary.toml` with a `name`, a
           one-line `description`, `names` and, if reports use them, `verbs`.
        3. Name it from the indicators that mean it (`concepts = ["…"]`) and give each
           an example sentence of your own in the new wording: examples run as tests.
        4. Run `Scripts/render-docs`, then `Scripts/test`: the corpus of invented reports
           (Tests/GenreTests) must still read every answer, and nothing more.

        ## Concepts

        | concept | what it is | names | verbs | drawn on by |
        |---|---|---|---|---|

        """
        let users = conceptUsers(plugins)
        for concept in vocabulary.concepts.values.sorted(by: { $0.name < $1.name }) {
            let names = concept.names.map { "“\($0)”" }.joined(by: ", ")
            let verbs = concept.verbs.isEmpty ? "—" : concept.verbs.map { "“\($0)”" }.joined(by: ", ")
            let drawn = (users[concept.name] ?? []).map { "`\($0)`" }.joined(by: ", ")
            out += "| `\(concept.name)` | \(IndicatorDocumentation.cell(concept.summary)) | \(IndicatorDocumentation.cell(names)) "
            out += "| \(IndicatorDocumentation.cell(verbs)) | \(drawn.isEmpty ? "— (a topic for `@\(concept.name)`)" : drawn) |\n"
        }
        guard !vocabulary.abbreviations.isEmpty else { return out }
        out += """

        ## Abbreviations

        Reports shorten the genre's words, in tables and lists above all (`Tỷ lệ LĐ
        qua đào tạo`, `Thu NSNN`). Every word a rule is found by (names, verbs,
        context, exclusions) is looked for in these short forms too: a name that
        holds `lao động` is also found as `LĐ`, one that holds several long forms
        with each and with all of them. Add one as an `[[abbreviations]]` table
        (`short`, `long`) to `Plugins/vocabulary.toml`; keep to forms that mean one
        thing in the genre.

        | short | long |
        |---|---|

        """
        for abbreviation in vocabulary.abbreviations {
            out += "| \(abbreviation.short) | \(abbreviation.long) |\n"
        }
        return out
    }

    /// Concept name → the indicator paths whose rules draw on it.
    static func conceptUsers(_ plugins: [DomainPlugin]) -> [String: [String]] {
        var users: [String: [String]] = [:]
        for plugin in plugins {
            for indicator in plugin.indicators {
                let concepts = Set(indicator.actual.concepts + (indicator.target?.concepts ?? []))
                for concept in concepts.sorted() { users[concept, default: []].append("\(plugin.namespace).\(indicator.key)") }
            }
        }
        return users
    }
}
