import Report
import Facts
import PluginKit
import BuiltinPlugins
let doc = try EmbeddedReport.read()
let store = FactStore(documents: [doc])
let r = IndicatorResolver(registry: BuiltinPlugins.registry(), store: store)
for p in r.paths { let v = r.value(at: p)!; print(p, v.actual.map { "\($0.quantity.formatted()) L\($0.location)" } ?? "NOT FOUND", "| target:", v.target.map { $0.quantity.formatted() } ?? "-", "| att:", v.attainment.map{"\($0)"} ?? "-", v.status) }
