import FoundationEssentials
import Platform
import Facts

extension QuerySession {
    /// A dotted name: a pipeline item's field, a variable, a source, or a
    /// name of the catalogue (an indicator, a derived indicator) — then fields.
    func resolve(_ path: NamePath) throws(QueryError) -> Value {
        let head = path.head, rest = path.parts.dropFirst()
        if let item = items.last, let value = Fields.itemField(head, of: item) {
            let found = try fields(rest, of: value, of: path)
            guard recordsItemFields else { return found }
            return recorded(found, as: Fields.label(of: item).map { "\($0).\(path.description)" } ?? path.description)
        }
        if let value = boundValue(head) { return recorded(try fields(rest, of: value, of: path), as: path.description) }
        if head == "facts" { return try fields(rest, of: .list(context.store.facts.map(Value.fact)), of: path) }
        if head == "reports" { return try fields(rest, of: ReportRows.rows(context.store.reports), of: path) }
        if let source = context.catalog.source(named: head) { return try fields(rest, of: source, of: path) }
        if let (entry, length) = context.catalog.lookup(path) {
            let value: Value
            switch entry {
            case .value(let found): value = found
            case .formula(let formula): value = try evaluate(formula, at: path.location)
            }
            return recorded(try fields(path.parts.dropFirst(length), of: value, of: path), as: path.description)
        }
        throw unknownName(path)
    }

    /// A value read by name, noted as an input of the statement's result when
    /// it has a source; a fact under the name it was read by (`….target`).
    private func recorded(_ value: Value, as name: String) -> Value {
        switch value {
        case .entity: readValues.append(value)
        case .fact: readValues.append(.record([(Value.inputName, .text(name)), ("value", value)]))
        case .derived(let path, _, _, let inputs) where !path.isEmpty || !inputs.isEmpty: readValues.append(value)
        default: break
        }
        return value
    }

    /// "unknown indicator …" under a namespace, else "unknown name …", with the nearest known name.
    private func unknownName(_ path: NamePath) -> QueryError {
        let written = path.description
        let known = context.catalog.knownNames
        if context.catalog.isNamespace(path.head) {
            return .runtime("unknown indicator '\(written)'", at: path.location, hint: NameSuggesterHint.didYouMean(written, in: known))
        }
        let fields = items.last.map(Fields.names) ?? []
        let candidates = Array(variables.keys) + context.sources + known + fields
        // In a pipeline's step, a name like none is most likely a field misremembered: a field it is a word of
        // (`kind` of `target_kind`), else the nearest name, else the row's fields listed.
        return .runtime("unknown name '\(written)'", at: path.location,
                        hint: NameSuggesterHint.fieldsHolding(written, in: fields)
                            ?? NameSuggesterHint.didYouMean(written, in: candidates) ?? NameSuggesterHint.didYouMean(path.head, in: candidates)
                            ?? (fields.isEmpty ? nil : "a row's fields: \(fields.joined(by: ", "))"))
    }

    /// The fields `names` (parts of `path`) of `value` in turn; an error points at the part it is about.
    func fields(_ names: ArraySlice<String>, of value: Value, of path: NamePath) throws(QueryError) -> Value {
        var current = value
        for index in names.indices { current = try field(names[index], of: current, at: path.location(ofPart: index)) }
        return current
    }

    func field(_ name: String, of value: Value, at location: QueryLocation) throws(QueryError) -> Value {
        if let found = Fields.field(name, of: value) { return found }
        let available = Fields.names(of: value)
        throw .runtime("\(value.typeName) has no field '\(name)'", at: location,
                       hint: NameSuggesterHint.fieldsHolding(name, in: available) ?? NameSuggesterHint.didYouMean(name, in: available)
                        ?? (available.isEmpty ? nil : "fields: \(available.joined(by: ", "))"))
    }

    /// A formula of the catalogue, evaluated once a session and kept with the
    /// values of the catalogue names it reads.
    private func evaluate(_ formula: QueryFormula, at location: QueryLocation) throws(QueryError) -> Value {
        if let cached = formulaResults[formula.name] { return cached }
        callDepth += 1
        defer { callDepth -= 1 }
        guard callDepth <= QuerySession.maxCallDepth else { throw .runtime("'\(formula.name)' refers to itself", at: location) }
        let saved = items, read = readValues
        items = []
        defer { items = saved; readValues = read }
        let result = try evaluate(formula.body)
        var inputs: [Value] = []
        for name in formula.body.names {
            if let (entry, _) = context.catalog.lookup(name), case .value(let input) = entry { inputs.append(input) }
        }
        let value = Value.derived(path: formula.name, formula: formula.text, result: Value.Box(result), inputs: inputs)
        formulaResults[formula.name] = value
        return value
    }
}
