import FoundationEssentials
import TOMLKit
import Facts
import PluginKit
import Query

/// Turns a parsed manifest table into a plugin, one section at a time,
/// pointing each error at the line it is about.
struct ManifestReader {
    let table: TOMLTable
    let source: ManifestSource
    let path: String

    func plugin() throws -> ManifestPlugin {
        let namespace = try string("namespace", in: table, line: 1)
        guard PluginRegistry.isValidNamespace(namespace) else {
            throw error(source.line(of: "namespace"), "namespace '\(namespace)' must be lower case letters, digits and _")
        }
        let required = try string("baocao", in: table, line: 1)
        guard ManifestLoader.supports(required) else {
            throw error(source.line(of: "baocao"), "this manifest needs baocao \(required); this is baocao \(ManifestLoader.baocaoVersion)")
        }
        var descriptions: [String: String] = [:]
        var indicators: [Indicator] = []
        for (index, entry) in tables("indicators").enumerated() {
            let line = source.tableLine("indicators", index: index)
            let indicator = try self.indicator(entry, line: line)
            indicators.append(indicator)
            descriptions[indicator.key] = try string("description", in: entry, line: line)
        }
        var derived: [DerivedIndicator] = []
        for (index, entry) in tables("derived").enumerated() {
            let line = source.tableLine("derived", index: index)
            let key = try string("key", in: entry, line: line)
            let expression = try string("expression", in: entry, line: line)
            try checkExpression(expression, line: source.line(of: "expression", from: line))
            derived.append(DerivedIndicator(key, vi: try string("label_vi", in: entry, line: line),
                                            en: optional("label_en", in: entry) ?? key, expression: expression))
            descriptions[key] = try string("description", in: entry, line: line)
        }
        var functions: [PluginFunction] = []
        for (index, entry) in tables("functions").enumerated() {
            let line = source.tableLine("functions", index: index)
            let expression = try string("expression", in: entry, line: line)
            try checkExpression(expression, line: source.line(of: "expression", from: line))
            let function = PluginFunction(try string("name", in: entry, line: line),
                                          parameters: entry["parameters"]?.array?.compactMap { $0.string } ?? [],
                                          expression: expression, summary: try string("description", in: entry, line: line),
                                          example: optional("example", in: entry) ?? "")
            functions.append(function)
            descriptions[function.name] = function.summary
        }
        return ManifestPlugin(namespace: namespace,
                              title: LocalizedText(vi: try string("title_vi", in: table, line: 1), en: optional("title_en", in: table) ?? namespace),
                              summary: optional("description", in: table) ?? "", indicators: indicators, derived: derived,
                              functions: functions, origin: path, version: optional("version", in: table) ?? "0",
                              descriptions: descriptions)
    }

    // MARK: - Indicators

    func indicator(_ entry: TOMLTable, line: Int) throws -> Indicator {
        let key = try string("key", in: entry, line: line)
        guard let actualTable = entry["actual"]?.table else { throw error(line, "indicator '\(key)' has no [indicators.actual] rule") }
        let actual = try rule(actualTable, part: .results, line: source.line(of: "actual", from: line))
        let target = try entry["target"]?.table.map { try rule($0, part: .plan, line: source.line(of: "target", from: line)) }
        var examples: [IndicatorExample] = []
        for example in entry["examples"]?.array?.compactMap({ $0.table }) ?? [] {
            let exampleLine = source.line(of: "sentence", from: line)
            examples.append(IndicatorExample(try string("sentence", in: example, line: exampleLine),
                                             yields: try string("yields", in: example, line: exampleLine),
                                             in: optional("part", in: example) == "plan" ? .plan : .results,
                                             fileID: path, filePath: path, line: exampleLine, column: 1))
        }
        return Indicator(key, vi: try string("label_vi", in: entry, line: line), en: optional("label_en", in: entry) ?? key,
                         unit: optional("unit", in: entry) ?? "", actual: actual, target: target, examples: examples)
    }

    func rule(_ entry: TOMLTable, part: ReportPart, line: Int) throws -> FindingRule {
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

    // MARK: - Helpers

    func checkExpression(_ expression: String, line: Int) throws {
        do { _ = try Parser.parse(expression) } catch {
            throw self.error(line, "expression does not parse: \(error.description) in “\(expression)”")
        }
    }

    func tables(_ name: String) -> [TOMLTable] {
        table[name]?.array?.compactMap { $0.table } ?? []
    }

    func string(_ key: String, in table: TOMLTable, line: Int) throws -> String {
        guard let value = table[key]?.string, !value.isEmpty else { throw error(line, "missing \(key) = \"…\"") }
        return value
    }

    func optional(_ key: String, in table: TOMLTable) -> String? { table[key]?.string }

    func error(_ line: Int, _ message: String) -> ManifestError { ManifestError(file: path, line: line, message) }
}
