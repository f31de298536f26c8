import FoundationEssentials
import Platform
import Facts

/// Evaluates statements against a context, keeping `let` bindings and `def`
/// functions for the session (a REPL) or the script. A failing statement
/// changes nothing: bindings are only stored once their value is computed.
///
/// Names are resolved in `Evaluator+Names.swift`, calls run in
/// `Evaluator+Calls.swift`, pipeline steps in `Evaluator+Pipeline.swift`.
public final class QuerySession {
    public let context: QueryContext
    public internal(set) var variables: [String: Value] = [:]
    /// The functions defined with `def`, their bodies parsed once.
    var functions: [String: QueryFunction] = [:]
    /// Calls nested deeper than this (a recursive `def`) stop with an error.
    static let maxCallDepth = 64
    var callDepth = 0
    /// The item a pipeline step is looking at: its fields read as names.
    var items: [Value] = []
    /// Formulas of the catalogue evaluated so far, by name.
    var formulaResults: [String: Value] = [:]
    /// The values with a source a statement read by name (indicators, facts,
    /// derived values, variables holding them): its result's provenance.
    var readValues: [Value] = []
    /// Whether a pipeline item's fields count as read values: inside `select`,
    /// so that a computed cell keeps the row's values it came from.
    var recordsItemFields = false
    /// What the last statements noted for the user besides their results
    /// (rows a `where` left out), to print once after them; the reader empties it.
    public var notes: [String] = []
    /// Asked at each step of a long evaluation; true stops it with "interrupted" (Ctrl-C in the REPL).
    public var isCancelled: (@Sendable () -> Bool)?

    /// Throws if the user asked to stop.
    func checkCancelled(at location: QueryLocation?) throws(QueryError) {
        // No place: the query was stopped, not wrong where it stood.
        if let isCancelled, isCancelled() { throw .runtime("interrupted") }
    }

    public init(context: QueryContext) { self.context = context }

    /// The names bound with `let` and `def`, for completion.
    public var boundNames: [String] { Array(variables.keys) + (lastResult == nil ? [] : ["_"]) + Array(functions.keys) }

    /// `_`, the last result, kept apart from the names people bind: every
    /// result sets it, and a one-shot query never reads it.
    private var lastResult: Value?

    /// Binds `_` (the last result) or any name from outside, as the shell does.
    public func bind(_ name: String, to value: Value) {
        if name == "_" { lastResult = value } else { variables[name] = value }
    }

    /// The value bound to `name`, `_` included.
    func boundValue(_ name: String) -> Value? { name == "_" ? lastResult : variables[name] }

    /// Parses and runs `text`; returns the values of its expression statements, in order.
    public func run(_ text: String) throws(QueryError) -> [Value] {
        let statements = try Parser.parse(text)
        var results: [Value] = []
        for statement in statements {
            if let value = try execute(statement) { results.append(value) }
        }
        return results
    }

    /// Runs one statement; `let` and `def` give no value.
    public func execute(_ statement: Statement) throws(QueryError) -> Value? {
        switch statement {
        case .let(let name, let expr, let location):
            try checkBindable(name, at: location)
            bind(name, to: try evaluateWithProvenance(expr))
            return nil
        case .def(let name, let parameters, let body, let location):
            try checkBindable(name, at: location)
            functions[name] = QueryFunction(name: name, parameters: parameters, body: .expression(body))
            return nil
        case .expression(let expr):
            return try evaluateWithProvenance(expr)
        }
    }

    /// Evaluates a statement's expression; a value computed from values of the
    /// reports keeps them: its formula as written and each input, whose own
    /// sources `.why` and `why(x)` show. A value read as it is (a name, a
    /// pipeline's rows) needs none: it is its own source.
    func evaluateWithProvenance(_ expr: Expr) throws(QueryError) -> Value {
        let outer = readValues
        readValues = []
        defer { readValues = outer }
        let value = try evaluate(expr)
        switch expr {
        case .name, .pipeline, .list, .field: return value
        default: break
        }
        guard !readValues.isEmpty else { return value }
        switch value {
        case .number, .measure, .bool:
            var inputs: [Value] = []
            for input in readValues where !inputs.contains(where: { Self.sameSource($0, input) }) { inputs.append(input) }
            return .derived(path: "", formula: ExprText.text(expr), result: Value.Box(value), inputs: inputs)
        default:
            return value
        }
    }

    /// Whether two inputs are the same value of the report, read twice.
    static func sameSource(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.record(let x), .record(let y)): return ValueFormatter().inline(.record(x)) == ValueFormatter().inline(.record(y))
        case (.entity(let x), .entity(let y)): return x.name == y.name
        case (.derived(let p, let f, _, _), .derived(let q, let g, _, _)): return p == q && f == g
        default: return false
        }
    }

    private func checkBindable(_ name: String, at location: QueryLocation) throws(QueryError) {
        if context.sources.contains(name) || context.catalog.isNamespace(name) || Builtins.names.contains(name) {
            throw .runtime("'\(name)' is a reserved name", at: location, hint: "choose another name")
        }
    }

    // MARK: - Expressions

    func evaluate(_ expr: Expr) throws(QueryError) -> Value {
        switch expr {
        case .number(let value, _): return .number(value)
        case .quantity(let value, let unit, _): return .measure(unit.measure(value))
        case .range(let lower, let upper, let unit, _):
            var range = unit.measure(lower)
            range.upper = upper
            return .measure(range)
        case .string(let text, _): return .text(text)
        case .bool(let value, _): return .bool(value)
        case .null: return .null
        case .name(let path): return try resolve(path)
        case .field(let base, let name, let location): return try field(name, of: try evaluate(base), at: location)
        case .negate(let inner, let location):
            switch try evaluate(inner).scalar {
            case .number(let n): return .number(-n)
            case .measure(let m): return .measure(Measure(-m.value, m.unit, per: m.per, upper: m.upper.map { -$0 }))
            case let other: throw .runtime("cannot negate \(other.typeName)", at: location)
            }
        case .not(let inner, let location):
            guard case .bool(let value) = try evaluate(inner).scalar else { throw .runtime("'not' needs true or false", at: location) }
            return .bool(!value)
        case .binary:
            return try evaluateChain(expr)
        case .convert(let inner, let unit, let location):
            return try Arithmetic.convert(try evaluate(inner).scalar, to: unit, at: location)
        case .call(let path, let arguments):
            return try call(path, arguments)
        case .list(let items, _):
            var values: [Value] = []
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .pipeline(let source, let stages):
            var rest = stages[...]
            var value: Value
            if case .count = stages.first, let counted = try searchCount(source) {
                value = counted
                rest = rest.dropFirst()
            } else {
                value = try evaluate(source)
            }
            for stage in rest { value = try apply(stage, to: value) }
            return value
        }
    }

    /// The right side of `op`: a bare word compared with (`unit == ha`) that
    /// names nothing was meant as text, as SQL users write it — said so.
    private func evaluateOperand(_ expr: Expr, of op: BinaryOperator) throws(QueryError) -> Value {
        do throws(QueryError) {
            return try evaluate(expr)
        } catch {
            guard [.equal, .notEqual, .matches].contains(op), case .name(let path) = expr, path.parts.count == 1,
                  error.message.hasPrefix("unknown name") else { throw error }
            var quoted = error
            quoted.hint = "to compare with the text, quote it: \"\(path.head)\"" + (error.hint.map { "; or \($0)" } ?? "")
            throw quoted
        }
    }

    /// A left-leaning chain (`a + b + c …`) is evaluated in a loop, not by
    /// recursion, so that long chains cannot exhaust the stack.
    private func evaluateChain(_ expr: Expr) throws(QueryError) -> Value {
        var chain: [(BinaryOperator, Expr, QueryLocation)] = []
        var node = expr
        while case .binary(let op, let lhs, let rhs, let location) = node {
            chain.append((op, rhs, location))
            node = lhs
        }
        var accumulated = try evaluate(node)
        for (op, rhs, location) in chain.reversed() {
            try checkCancelled(at: location)
            if op == .and || op == .or {
                // Short-circuit: `x != null and x > 5` must not evaluate the right side on null.
                guard case .bool(let left) = accumulated.scalar else {
                    throw .runtime("'\(op.rawValue)' needs true or false on its left, not \(accumulated.scalar.typeName)", at: location)
                }
                if (op == .and && !left) || (op == .or && left) { accumulated = .bool(left); continue }
                accumulated = try Arithmetic.apply(op, .bool(left), try evaluate(rhs), at: location)
            } else {
                accumulated = try Arithmetic.apply(op, accumulated, try evaluateOperand(rhs, of: op), at: location)
            }
        }
        return accumulated
    }
}
