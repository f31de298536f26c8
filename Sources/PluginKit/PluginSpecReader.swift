import FoundationEssentials
import TOMLKit
import Platform
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

    /// Reads the spec in `text`; `path` names it in errors, `origin` in `.plugins`.
    public static func read(_ text: String, path: String, origin: String? = nil) throws(PluginSpecError) -> DomainPlugin {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw PluginSpecError(file: path, line: error.source.begin.line, "bad TOML: \(error.description)")
        } catch {
            throw PluginSpecError(file: path, line: 1, "bad TOML: \(error)")
        }
        return try PluginSpecReader(table: table, source: PluginSpecSource(text), path: path, origin: origin ?? path).plugin()
    }

    /// Reads the spec in the file at `path`.
    public static func read(path: String, origin: String? = nil) throws(PluginSpecError) -> DomainPlugin {
        guard let data = FileManager.default.contents(atPath: path), let text = String(validating: data, as: UTF8.self) else {
            throw PluginSpecError(file: path, line: 0, "cannot read the spec as UTF-8 text")
        }
        return try read(text, path: path, origin: origin)
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
        var keys: Set<String> = []
        var indicators: [Indicator] = []
        for (index, entry) in tables("indicators").enumerated() {
            let line = source.tableLine("indicators", index: index)
            let indicator = try self.indicator(entry, line: line)
            guard keys.insert(indicator.key).inserted else {
                throw error(source.line(of: "key", from: line), "indicator '\(namespace).\(indicator.key)' is defined twice")
            }
            indicators.append(indicator)
        }
        var derived: [DerivedIndicator] = []
        for (index, entry) in tables("derived").enumerated() {
            let line = source.tableLine("derived", index: index)
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
        let actual = try rule(actualTable, part: .results, line: source.line(of: "[indicators.actual]", from: line))
        var target: FindingRule?
        if let targetTable = entry["target"]?.table {
            target = try rule(targetTable, part: .plan, line: source.line(of: "[indicators.target]", from: line))
        }
        var examples: [IndicatorExample] = []
        var exampleLine = line
        for example in entry["examples"]?.array?.compactMap({ $0.table }) ?? [] {
            exampleLine = source.line(of: "sentence", from: source.line(of: "[[indicators.examples]]", from: exampleLine + 1))
            examples.append(IndicatorExample(try string("sentence", in: example, line: exampleLine),
                                             yields: try string("yields", in: example, line: exampleLine),
                                             in: optional("part", in: example) == "plan" ? .plan : .results,
                                             file: path, line: exampleLine))
        }
        let shortfall = entry["shortfall_phrases"]?.array.map { $0.compactMap { $0.string } }
        return Indicator(key, label: LocalizedText(vi: try string("label_vi", in: entry, line: line), en: optional("label_en", in: entry) ?? key),
                         unit: optional("unit", in: entry) ?? "", description: optional("description", in: entry),
                         actual: actual, target: target, shortfallPhrases: shortfall, examples: examples)
    }

    func rule(_ entry: TOMLTable, part: ReportPart, line: Int) throws(PluginSpecError) -> FindingRule {
        let phrases = entry["phrases"]?.array?.compactMap { $0.string } ?? []
        guard !phrases.isEmpty else { throw error(line, "a rule needs phrases = [\"…\"], the words that name the value") }
        let unitName = try string("unit", in: entry, line: line)
        guard let unit = Self.unitKind(unitName) else {
            throw error(source.line(of: "\"\(unitName)\"", from: line),
                        "unknown unit '\(unitName)'; one of money, area, length, volume, mass, percent, number, count, count:NOUN (count:hộ)")
        }
        let position: PhrasePosition
        switch optional("position", in: entry) ?? "before" {
        case "before": position = .before
        case "after": position = .after
        case let other: throw error(source.line(of: other, from: line), "position must be before or after, not '\(other)'")
        }
        let preference: Preference = optional("prefer", in: entry) == "estimate" ? .estimate : .first
        return FindingRule(phrases, in: part, unit: unit, position: position, prefer: preference,
                           sections: entry["sections"]?.array?.compactMap { $0.string } ?? [], nth: entry["nth"]?.int ?? 0)
    }

    static func unitKind(_ name: String) -> UnitKind? {
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
