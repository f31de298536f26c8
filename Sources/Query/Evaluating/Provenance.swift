import FoundationEssentials
import Platform
import Facts

/// Where a value comes from, as values of the language (`why(x)`): a value of
/// the report is its sentence, section, line and footnote; a computed one its
/// formula and the provenance of each input.
enum Provenance {
    static func record(of value: Value, name: String? = nil) -> Value {
        switch value {
        case .fact(let fact):
            return .record((name.map { [("name", Value.text($0))] } ?? []) + [("value", .measure(Measure(fact: fact)))] + source(fact))
        case .entity(let entity):
            guard case .fact(let fact) = entity.primary else { return .record([("name", .text(entity.name)), ("value", .null)]) }
            return .record([("name", .text(entity.name)), ("value", .measure(Measure(fact: fact)))] + source(fact))
        case .derived(let path, let formula, let result, let inputs):
            return .record((path.isEmpty ? [] : [("name", .text(path))]) + [
                ("formula", .text(formula)), ("value", result.value.scalar),
                ("inputs", .list(inputs.map { input in
                    if case .record(let fields) = input, case .text(let inputName)? = fields.first(where: { $0.0 == Value.inputName })?.1,
                       let inner = fields.first(where: { $0.0 == "value" })?.1 {
                        return record(of: inner, name: inputName)
                    }
                    return record(of: input)
                })),
            ])
        default:
            return .record([("value", value.scalar), ("source", .text("computed in the query from no value of the report"))])
        }
    }

    /// A fact's place in its report, as fields.
    static func source(_ fact: Fact) -> [(String, Value)] {
        [("sentence", .text(fact.sentence)), ("section", .text(fact.sectionPath)),
         ("line", .number(Decimal(fact.location.line))), ("footnote", fact.footnote.map { .number(Decimal($0)) } ?? .null),
         ("report", .text(fact.report))]
    }
}
