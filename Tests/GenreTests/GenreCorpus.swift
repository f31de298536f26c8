import Foundation
import Platform
import Report
import Facts
import FactReading
import Query
import PluginKit
import BuiltinPlugins
import TestSupport

/// The corpus of invented reports of the genre (Tests/GenreTests/Corpus):
/// each `NAME.md` (or `NAME.txt`, a PDF's text) with `NAME.answers.toml`, what a careful reader takes from
/// it — the header, and each indicator's value (and `.target`) as baocao
/// writes values, and where the answers say them, its status (`.status`),
/// last year's value (`.previous`) and its change on last year (`.change`). An
/// indicator a report's answers do not list must not be found in it.
struct CorpusReport: Sendable {
    var name: String
    var document: ReportDocument
    /// Indicator path (`economy.tourism.revenue`, `….target`) → the value as written.
    var answers: [String: String]
    var header: [String: String]

    static let folder = Reports.genreCorpusFolder

    static let all: [CorpusReport] = {
        Reports.genreCorpusFiles.compactMap { file in
            let base = String(file.prefix(upTo: file.lastIndex(of: ".") ?? file.endIndex))
            guard let document = try? ReportReader.read(path: folder + "/" + file),
                  let answers = try? String(contentsOfFile: folder + "/" + base + ".answers.toml", encoding: .utf8) else { return nil }
            let (header, values) = parseAnswers(answers)
            return CorpusReport(name: base, document: document, answers: values, header: header)
        }
    }()

    /// The `[header]` and `[answers]` tables of an answers file: `key = value` lines.
    static func parseAnswers(_ text: String) -> (header: [String: String], answers: [String: String]) {
        var header: [String: String] = [:], answers: [String: String] = [:]
        var table = ""
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") || line.isEmpty { continue }
            if line.hasPrefix("[") { table = String(line.dropFirst().dropLast()); continue }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if table == "header" { header[key] = value } else { answers[key] = value }
        }
        return (header, answers)
    }

    /// What baocao reads from the report: every indicator path (and `….target`) it finds → the value as written;
    /// `….status` for each value with a status, `….previous` for each with last year's value, `….change` for each with a change,
    /// `….plan` for each with the plan of the period.
    func found(with registry: PluginRegistry) -> [String: String] {
        let catalog = PluginCatalog(registry: registry, store: FactStore(documents: [document]))
        var found: [String: String] = [:]
        for value in catalog.resolver.all {
            if let actual = value.actual { found[value.path] = actual.formattedValue() }
            if let target = value.planTarget { found[value.path + ".target"] = target.stated.formattedValue() }
            if value.status != .unknown { found[value.path + ".status"] = value.status.rawValue }
            if let previous = value.previous { found[value.path + ".previous"] = ValueFormatter().inline(.measure(Measure(previous))) }
            if let change = value.statedChange { found[value.path + ".change"] = ValueFormatter().inline(.measure(Measure(change))) }
            if let plan = value.plan { found[value.path + ".plan"] = ValueFormatter().inline(.measure(Measure(plan))) }
        }
        return found
    }
}

/// How baocao read the corpus, indicator by indicator.
struct CorpusScore {
    /// Per path: the reports it was read right in, wrong in (with what), missed in, or found where the report gives none.
    var right: [String: [String]] = [:]
    var wrong: [String: [String]] = [:]
    var missed: [String: [String]] = [:]
    var spurious: [String: [String]] = [:]

    init(_ reports: [CorpusReport], registry: PluginRegistry) {
        for report in reports {
            let found = report.found(with: registry)
            for (path, expected) in report.answers {
                switch found[path] {
                case expected?: right[path, default: []].append(report.name)
                case let other?: wrong[path, default: []].append("\(report.name): read \(other), not \(expected)")
                case nil: missed[path, default: []].append(report.name)
                }
            }
            // A status, last year's value or a change is checked where the answers give one; a value or target wherever it is found.
            for (path, value) in found where report.answers[path] == nil && !path.hasSuffix(".status") && !path.hasSuffix(".previous")
                && !path.hasSuffix(".change") && !path.hasSuffix(".plan") {
                spurious[path, default: []].append("\(report.name): read \(value)")
            }
        }
    }

    /// Recall of a domain: the answers read right over all its answers.
    func recall(of domain: String) -> (right: Int, total: Int) {
        func count(_ table: [String: [String]]) -> Int {
            table.filter { $0.key.hasPrefix(domain + ".") }.values.reduce(0) { $0 + $1.count }
        }
        let right = count(right)
        return (right, right + count(wrong) + count(missed))
    }

    /// A table for people: recall per domain, then what went wrong.
    func report(domains: [String]) -> String {
        var lines = ["recall over the corpus, by domain:"]
        for domain in domains {
            let (right, total) = recall(of: domain)
            let percent = total == 0 ? 100 : right * 1000 / total
            lines.append("  \(domain.padding(toLength: 16, withPad: " ", startingAt: 0)) \(right)/\(total)  \(percent / 10),\(percent % 10)%")
        }
        for (title, table) in [("wrong", wrong), ("missed", missed), ("found where the report gives none", spurious)] where !table.isEmpty {
            lines.append("\(title):")
            for path in table.keys.sorted() { lines.append("  \(path): \(table[path]!.joined(separator: "; "))") }
        }
        return lines.joined(separator: "\n")
    }
}
