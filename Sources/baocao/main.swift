import Report
import Facts
let doc = try EmbeddedReport.read()
let store = FactStore(documents: [doc])
for f in store.facts { print("#\(f.id) L\(f.location) [\(f.text)] \(f.value) \(f.unit.symbol)(\(f.unit.dimension)) up=\(f.upper.map{"\($0)"} ?? "-") den=\(f.denominator.map{"\($0)"} ?? "-") role=\(f.role) q=\(f.qualifies ?? -1) \(f.qualifiers) fn=\(f.footnote ?? -1)") }
var counts: [ReferenceKind: Int] = [:]
for r in store.references { counts[r.kind, default: 0] += 1; if r.kind == .unclassified { print("UNCL L\(r.location) \(r.text)") } }
print(counts, store.facts.count)
