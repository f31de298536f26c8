import FoundationEssentials
import Platform
import Report
import Facts
import FactReading
import PluginKit
import BuiltinPlugins
import Query

/// `baocao plugin check`: a manifest against the loaded report — which
/// indicators it finds, whether its examples yield their values, whether its
/// derived indicators and functions evaluate.
public enum PluginCheck {
    public struct CheckError: Error, CustomStringConvertible {
        public var description: String
        public var isUsage: Bool
    }

    public struct Report {
        public var text: String
        /// False when an example, a derived indicator or the registration failed.
        public var passed: Bool
    }

    /// A spec with a built-in domain's namespace is checked in that domain's
    /// place, with its Swift functions: a contributor checks the edited spec.
    public static func run(_ plugin: DomainPlugin, reportPaths: [String]) throws(CheckError) -> Report {
        let builtin = BuiltinPlugins.domains.first { $0.namespace == plugin.namespace }
        var registry = BuiltinPlugins.registry(leavingOut: builtin?.namespace)
        var plugin = plugin
        if let builtin { plugin.functions += builtin.functions }
        do throws(PluginRegistry.RegistrationError) { try registry.register(plugin) } catch {
            throw CheckError(description: "\(plugin.origin):1: error: \(error.description)", isUsage: false)
        }
        let store: FactStore
        do throws(ReportLoader.LoadError) {
            store = try ReportLoader.loadStore(reportPaths: reportPaths, cache: false)
        } catch {
            throw CheckError(description: "error: \(error.description)", isUsage: true)
        }
        let catalog = PluginCatalog(registry: registry, store: store)
        var lines = ["\(plugin.namespace) — \(plugin.title.vi) (\(plugin.origin))"]
        if builtin != nil { lines.append("  in place of the built-in \(plugin.namespace) plugin, for this check") }
        var passed = true
        var found = 0
        for indicator in plugin.indicators {
            let path = "\(plugin.namespace).\(indicator.key)"
            let value = catalog.resolver.value(of: indicator, in: plugin, report: nil)
            if let actual = value.actual {
                found += 1
                lines.append("  found      \(path) = \(actual.formattedValue()) — \(actual.sectionPath), line \(actual.location.line)")
            } else {
                lines.append("  not found  \(path) (\(indicator.actual.summary))")
            }
            for example in indicator.examples {
                let rule = example.part == .plan ? indicator.target : indicator.actual
                let got = rule.flatMap {
                    IndicatorExample.value(read: $0, from: FactStore(documents: [ReportReader.read(text: example.report(for: $0), name: "example")]),
                                           target: example.part == .plan)
                }
                let read = got?.formattedValue()
                if !example.isMet(by: read) {
                    passed = false
                    lines.append("  example    \(example.file):\(example.line): expected \(example.expected), read \(read ?? IndicatorExample.nothing) from “\(example.sentence)”")
                }
            }
        }
        let session = QuerySession(context: QueryContext(store: store, catalog: catalog))
        for derived in plugin.derived {
            let path = "\(plugin.namespace).\(derived.key)"
            do throws(QueryError) {
                let value = try session.run(path).first ?? .null
                lines.append("  derived    \(path) = \(ValueFormatter().inline(value))")
            } catch {
                passed = false
                lines.append("  derived    \(path): error: \(error.description)")
            }
        }
        lines.append("\(found) of \(plugin.indicators.count) indicators found in this report" + (passed ? "" : "; some checks failed"))
        return Report(text: lines.joined(by: "\n"), passed: passed)
    }
}
