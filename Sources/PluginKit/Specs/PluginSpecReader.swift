import FoundationEssentials
import TOMLKit
import Platform
import Report
import Facts
import Query

/// Reads a plugin spec — the TOML a built-in domain and a user's manifest are
/// both written in — into a ``DomainPlugin``, checking what a compiler would:
/// the TOML itself, units, expressions and the baocao version it needs. Each
/// error points at the line it is about: `FILE:LINE: error: …`.
public struct PluginSpecReader {
    /// The baocao version specs are checked against.
    public static let baocaoVersion = "0.2.0"

    let table: TOMLTable
    let source: PluginSpecSource
    let path: String
    let origin: String
    let vocabulary: Vocabulary

    /// Reads the spec in `text`; `path` names it in errors, `origin` in `.plugins`;
    /// its rules may draw on the concepts of `vocabulary`.
    public static func read(_ text: String, path: String, origin: String? = nil,
                            vocabulary: Vocabulary = Vocabulary()) throws(PluginSpecError) -> DomainPlugin {
        let table = try PluginSpecError.table(text, path: path)
        return try PluginSpecReader(table: table, source: PluginSpecSource(text), path: path, origin: origin ?? path,
                                    vocabulary: vocabulary).plugin()
    }

    /// Reads the spec in the file at `path`.
    public static func read(path: String, origin: String? = nil, vocabulary: Vocabulary = Vocabulary()) throws(PluginSpecError) -> DomainPlugin {
        guard FileStatus.exists(path) else {
            throw PluginSpecError(file: path, line: 0, "no such file")
        }
        guard !FileStatus.isDirectory(path) else {
            throw PluginSpecError(file: path, line: 0, "is a folder; name the spec in it (a .toml file)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PluginSpecError(file: path, line: 0, "cannot read the file")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw PluginSpecError(file: path, line: 0, "the spec is not UTF-8 text")
        }
        return try read(text, path: path, origin: origin, vocabulary: vocabulary)
    }

    func plugin() throws(PluginSpecError) -> DomainPlugin {
        let namespace = try string("namespace", in: table, line: 1)
        guard PluginRegistry.isValidNamespace(namespace) else {
            throw error(source.line(of: "namespace"), "namespace '\(namespace)' must be lower case letters, digits and _")
        }
        let required = try string("baocao", in: table, line: 1)
        guard Self.supports(required) else {
            throw error(source.line(of: "baocao"), "this spec needs baocao \(required); this is baocao \(Self.baocaoVersion)")
        }
        try checkKeys(of: table, against: Self.specKeys, in: "the spec", line: 1)
        var keys: Set<String> = []
        var indicators: [Indicator] = []
        for (index, entry) in tables("indicators").enumerated() {
            let line = source.tableLine("indicators", index: index)
            try checkKeys(of: entry, against: Self.indicatorKeys, in: "[[indicators]]", line: line)
            let indicator = try self.indicator(entry, line: line)
            guard keys.insert(indicator.key).inserted else {
                throw error(source.line(of: "key", from: line), "indicator '\(namespace).\(indicator.key)' is defined twice")
            }
            indicators.append(indicator)
        }
        var derived: [DerivedIndicator] = []
        for (index, entry) in tables("derived").enumerated() {
            let line = source.tableLine("derived", index: index)
            try checkKeys(of: entry, against: Self.derivedKeys, in: "[[derived]]", line: line)
            let key = try string("key", in: entry, line: line)
            guard keys.insert(key).inserted else {
                throw error(source.line(of: "key", from: line), "indicator '\(namespace).\(key)' is defined twice")
            }
            let expression = try string("expression", in: entry, line: line)
            let formula = try parse(expression, line: source.line(of: "expression", from: line))
            derived.append(DerivedIndicator(key, label: LocalizedText(vi: try string("label_vi", in: entry, line: line),
                                                                      en: optional("label_en", in: entry) ?? key),
                                            expression: expression, formula: formula, description: optional("description", in: entry)))
        }
        var functions: [PluginFunction] = []
        for (index, entry) in tables("functions").enumerated() {
            let line = source.tableLine("functions", index: index)
            try checkKeys(of: entry, against: Self.functionKeys, in: "[[functions]]", line: line)
            let name = try string("name", in: entry, line: line)
            let expression = try string("expression", in: entry, line: line)
            let body = try parse(expression, line: source.line(of: "expression", from: line))
            let parameters = entry["parameters"]?.array?.compactMap { $0.string } ?? []
            functions.append(PluginFunction(name: name,
                                            function: QueryFunction(name: "\(namespace).\(name)", parameters: parameters, body: .expression(body)),
                                            expression: expression, summary: try string("description", in: entry, line: line),
                                            example: optional("example", in: entry) ?? ""))
        }
        return DomainPlugin(namespace: namespace,
                            title: LocalizedText(vi: try string("title_vi", in: table, line: 1), en: optional("title_en", in: table) ?? namespace),
                            summary: optional("description", in: table) ?? "", version: optional("version", in: table) ?? "0",
                            origin: origin, indicators: indicators, derived: derived, functions: functions)
    }

    // MARK: - Indicators

    func indicator(_ entry: TOMLTable, line: Int) throws(PluginSpecError) -> Indicator {
        let key = try string("key", in: entry, line: line)
        guard let actualTable = entry["actual"]?.table else { throw error(line, "indicator '\(key)' has no [indicators.actual] rule") }
        // Words given for the indicator serve both its rules, which may add their own.
        let shared = try words(entry, line: line)
        var actual = try rule(actualTable, part: .results, shared: shared, indicator: entry,
                              line: source.line(of: "[indicators.actual]", from: line))
        var target: FindingRule?
        let cumulative = entry["cumulative"]?.bool ?? false
        // A count to date the year added to yields to the total its sentence raises it to.
        actual.addsToCount = cumulative
        if let targetTable = entry["target"]?.table {
            target = try rule(targetTable, part: .plan, shared: shared, indicator: entry,
                              line: source.line(of: "[indicators.target]", from: line))
            // What the plan adds to a count to date is its change (``PlanTarget``), not another count.
            if cumulative {
                target?.exclude.removeAll { $0 == "thêm" }
                target?.addsToCount = true
            }
        }
        var examples: [IndicatorExample] = []
        var exampleLine = line
        for example in entry["examples"]?.array?.compactMap({ $0.table }) ?? [] {
            let header = source.line(of: "[[indicators.examples]]", from: exampleLine + 1)
            try checkKeys(of: example, against: Self.exampleKeys, in: "[[indicators.examples]]", line: header)
            exampleLine = source.line(of: "sentence", from: header)
            examples.append(IndicatorExample(try string("sentence", in: example, line: exampleLine),
                                             yields: try string("yields", in: example, line: exampleLine),
                                             in: optional("part", in: example) == "plan" ? .plan : .results,
                                             file: path, line: exampleLine))
        }
        let shortfall = entry["shortfall_phrases"]?.array.map { $0.compactMap { $0.string } }
        let better = optional("better", in: entry) ?? "higher"
        guard better == "higher" || better == "lower" else {
            throw error(source.line(of: "better", from: line), "better is \"higher\" (the default) or \"lower\", not '\(better)'")
        }
        // Each flag with the values it takes, as its error says them.
        for (flag, values) in [("status", "true (the default) or false"), ("change_alone", "true (the default) or false"),
                               ("cumulative", "true (the default) or false"),
                               ("share_alone", "true or false (by default, whether the unit is an amount)"),
                               ("quota", "true or false (the default)")] {
            if let value = entry[flag], value.bool == nil {
                throw error(source.line(of: flag, from: line), "\(flag) is \(values), not '\(value)'")
            }
        }
        return Indicator(key, label: LocalizedText(vi: try string("label_vi", in: entry, line: line), en: optional("label_en", in: entry) ?? key),
                         unit: optional("unit", in: entry) ?? "", description: optional("description", in: entry),
                         actual: actual, target: target, shortfallPhrases: shortfall, lowerIsBetter: better == "lower",
                         hasStatus: entry["status"]?.bool ?? true, takesChangeAlone: entry["change_alone"]?.bool ?? true,
                         takesShareAlone: entry["share_alone"]?.bool, slashIsQuota: entry["quota"]?.bool ?? false, examples: examples)
    }

    /// The words of a rule or an indicator: its names (or, as earlier specs
    /// wrote them, phrases), verbs, context and exclusions, with the words of
    /// the vocabulary's concepts it names.
    struct Words {
        var names: [String] = [], verbs: [String] = [], context: [String] = [], exclude: [String] = [], unless: [String] = []
        var concepts: [String] = []

        func adding(_ other: Words) -> Words {
            Words(names: names + other.names, verbs: verbs + other.verbs, context: context + other.context,
                  exclude: exclude + other.exclude, unless: unless + other.unless, concepts: concepts + other.concepts)
        }
    }

    func words(_ entry: TOMLTable, line: Int) throws(PluginSpecError) -> Words {
        var words = Words(names: strings("names", in: entry) + strings("phrases", in: entry), verbs: strings("verbs", in: entry),
                          context: strings("context", in: entry), exclude: strings("exclude", in: entry),
                          unless: strings("unless", in: entry), concepts: strings("concepts", in: entry) + (optional("concept", in: entry).map { [$0] } ?? []))
        for name in words.concepts {
            let concept = try concept(name, line: line)
            words.names += concept.names
            words.verbs += concept.verbs
        }
        // `context = ["@traffic"]`: a concept's names stand for a topic.
        words.context = try expandingTopics(words.context, line: line)
        words.exclude = try expandingTopics(words.exclude, line: line)
        words.unless = try expandingTopics(words.unless, line: line)
        // Each word in the short forms reports write too (`LĐ qua đào tạo`).
        words.names = vocabulary.abbreviating(words.names)
        words.verbs = vocabulary.abbreviating(words.verbs)
        words.context = vocabulary.abbreviating(words.context)
        words.exclude = vocabulary.abbreviating(words.exclude)
        words.unless = vocabulary.abbreviating(words.unless)
        return words
    }

    /// The vocabulary's concept `name`, or an error at the line that names it.
    func concept(_ name: String, line: Int) throws(PluginSpecError) -> Vocabulary.Concept {
        guard let concept = vocabulary.concepts[name] else {
            throw error(source.line(of: "\"\(name)\"", from: line),
                        "unknown concept '\(name)'; the vocabulary has \(vocabulary.concepts.keys.sorted().joined(by: ", "))")
        }
        return concept
    }

    /// Words of context or exclusion, each `@concept` replaced by the concept's names.
    func expandingTopics(_ words: [String], line: Int) throws(PluginSpecError) -> [String] {
        var expanded: [String] = []
        for word in words {
            if word.hasPrefix("@") { expanded += try concept(String(word.dropFirst()), line: line).names } else { expanded.append(word) }
        }
        return expanded
    }

    /// A rule of `entry`; its options not set there are `indicator`'s (for both its rules), where one is given.
    func rule(_ entry: TOMLTable, part: ReportPart, shared: Words, indicator: TOMLTable? = nil,
              line: Int) throws(PluginSpecError) -> FindingRule {
        try checkKeys(of: entry, against: Self.ruleKeys, in: part == .plan ? "[indicators.target]" : "[indicators.actual]", line: line)
        let own = try words(entry, line: line)
        // A rule of its own names replaces the indicator's names; its other words add to them.
        var words = shared.adding(own)
        if !own.names.isEmpty || !own.verbs.isEmpty { words.names = own.names; words.verbs = own.verbs }
        guard !words.names.isEmpty || !words.verbs.isEmpty else {
            throw error(line, "a rule needs names = [\"…\"] (or verbs, or a concept): the words that name the value")
        }
        let unitName = try string("unit", in: entry, line: line)
        guard let unit = Self.unitKind(unitName) else {
            throw error(source.line(of: "\"\(unitName)\"", from: line),
                        "unknown unit '\(unitName)'; one of money, area, length, volume, mass, percent, number, count, count:NOUN (count:hộ), rate:KIND (rate:money)")
        }
        let position: PhrasePosition
        let set = { (key: String) in self.option(key, of: entry, indicator: indicator) }
        switch set("position")?.string ?? "either" {
        case "before": position = .before
        case "after": position = .after
        case "either": position = .either
        case let other: throw error(source.line(of: other, from: line), "position must be before, after or either, not '\(other)'")
        }
        let preference: Preference = set("prefer")?.string == "estimate" ? .estimate : .first
        let strings = { (key: String) in set(key)?.array?.compactMap { $0.string } ?? [] }
        return FindingRule(words.names, verbs: words.verbs, context: words.context, exclude: words.exclude, unless: words.unless,
                           in: part, unit: unit,
                           position: position, prefer: preference, sections: strings("sections"),
                           nth: set("nth")?.int ?? 0, concepts: words.concepts, takesChanges: set("changes")?.bool ?? false,
                           takesShares: set("shares")?.bool ?? false, takesTargets: set("targets")?.bool ?? false,
                           parts: vocabulary.abbreviating(strings("parts")),
                           lagged: set("lagged")?.bool ?? false, monthly: set("monthly")?.bool ?? false,
                           narrower: strings("narrower"))
    }

    /// A unit kind as a spec writes it: `money`, `count:hộ`, `count:công dân|thanh niên`
    /// (nouns after a count are its alternatives), `number|count:lượt` (any of several kinds).
    static func unitKind(_ written: String) -> UnitKind? {
        var kinds: [UnitKind] = []
        for part in written.split(separator: "|").map({ String($0).trimmingWhitespace() }) {
            if let kind = singleUnitKind(part) {
                kinds.append(kind)
            } else if case .count(let nouns)? = kinds.last, !nouns.isEmpty, let noun = singleUnitKind("count:" + part),
                      case .count(let more) = noun {
                kinds[kinds.count - 1] = .count(nouns + "|" + more)
            } else {
                return nil
            }
        }
        return kinds.count == 1 ? kinds[0] : (kinds.isEmpty ? nil : .anyOf(kinds))
    }

    private static func singleUnitKind(_ name: String) -> UnitKind? {
        switch name {
        case "money": return .money
        case "area": return .area
        case "length": return .length
        case "volume": return .volume
        case "mass": return .mass
        case "percent", "%": return .percent
        case "number": return .number
        case "count": return .count("")
        default:
            if name.hasPrefix("rate:"), let base = singleUnitKind(String(name.dropFirst("rate:".count))) { return .rate(base) }
            guard name.hasPrefix("count:") else { return nil }
            let noun = String(name.dropFirst("count:".count))
            // The noun as the lexicon names it (`HS` → học sinh), or as written.
            if let unit = UnitLexicon.unit(named: noun), case .count(let canonical) = unit.dimension { return .count(canonical) }
            return noun.isEmpty ? nil : .count(noun)
        }
    }

    /// Whether a spec needing `required` (`0.1`, `>= 0.1`) runs on this baocao.
    static func supports(_ required: String) -> Bool {
        let wanted = required.filter { $0.isNumber || $0 == "." }.split(separator: ".").compactMap { Int($0) }
        let have = baocaoVersion.split(separator: ".").compactMap { Int($0) }
        guard !wanted.isEmpty else { return false }
        // Same major version, and no newer minor than this one.
        if wanted[0] != have[0] { return false }
        return (wanted.count > 1 ? wanted[1] : 0) <= have[1]
    }

    // MARK: - Helpers

    func parse(_ expression: String, line: Int) throws(PluginSpecError) -> Expr {
        do throws(QueryError) { return try Parser.parseExpression(expression) } catch {
            throw self.error(line, "expression does not parse: \(error.description) in “\(expression)”")
        }
    }

    func strings(_ key: String, in table: TOMLTable) -> [String] {
        table[key]?.array?.compactMap { $0.string } ?? []
    }

    func tables(_ name: String) -> [TOMLTable] {
        table[name]?.array?.compactMap { $0.table } ?? []
    }

    func string(_ key: String, in table: TOMLTable, line: Int) throws(PluginSpecError) -> String {
        guard let value = table[key]?.string, !value.isEmpty else { throw error(line, "missing \(key) = \"…\"") }
        return value
    }

    func optional(_ key: String, in table: TOMLTable) -> String? { table[key]?.string }

    func error(_ line: Int, _ message: String) -> PluginSpecError { PluginSpecError(file: path, line: line, message) }
}
