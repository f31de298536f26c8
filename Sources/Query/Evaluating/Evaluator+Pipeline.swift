import FoundationEssentials
import Platform
import Facts

extension QuerySession {
    /// Applies one pipeline step to a list.
    func apply(_ stage: Stage, to value: Value) throws(QueryError) -> Value {
        let items = try list(value, for: stage)
        switch stage {
        case .count: return .number(Decimal(items.count))
        case .take(let n, _): return .list(Array(items.prefix(n)))
        case .filter(let condition, let location):
            var kept: [Value] = []
            var leftOut = RowFailures()
            defer { if let note = leftOut.note(of: items.count, "were left out") { notes.append(note) } }
            for item in items {
                try checkCancelled(at: location)
                let result: Value
                do throws(QueryError) {
                    result = try withItem(item, { () throws(QueryError) -> Value in try evaluate(condition) })
                } catch where error.isOfRow {
                    leftOut.count(error)
                    continue
                }
                switch result.scalar {
                case .bool(true): kept.append(item)
                case .bool(false), .null: continue
                case let other:
                    throw .runtime("'where' needs a condition that is true or false, not \(other.typeName)", at: location)
                }
            }
            if kept.isEmpty, let note = UnmatchedText.note(for: condition, over: items) { notes.append(note) }
            return .list(kept)
        case .sort(let name, let descending, let location):
            var keyed: [(Value, Value)] = []
            for item in items {
                try checkCancelled(at: location)
                keyed.append((try key(name, of: item, at: location), item))
            }
            // Nulls last whichever way; otherwise by kind and dimension, then value (``SortOrder``).
            keyed.sort { a, b in
                if case .null = a.0.scalar { return false }
                if case .null = b.0.scalar { return true }
                return descending ? SortOrder.precedes(b.0, a.0) : SortOrder.precedes(a.0, b.0)
            }
            return .list(keyed.map(\.1))
        case .select(let columns, let location):
            var rows: [Value] = []
            var empty = RowFailures()
            defer { if let note = empty.note(of: items.count * columns.count, "were left empty (null)", unit: "cells") { notes.append(note) } }
            for item in items {
                try checkCancelled(at: location)
                var fields: [(String, Value)] = []
                for column in columns {
                    do throws(QueryError) {
                        // Each cell computed keeps the row's values it read, as a statement's result does.
                        let recording = recordsItemFields
                        recordsItemFields = true
                        defer { recordsItemFields = recording }
                        fields.append((column.name, try withItem(item) { () throws(QueryError) -> Value in try evaluateWithProvenance(column.expression) }))
                    } catch where error.isOfRow {
                        empty.count(error)
                        fields.append((column.name, .null))
                    }
                }
                rows.append(.record(fields))
            }
            return .list(rows)
        case .sum(let name, let location): return try aggregate(items, name, at: location, Builtins.sum)
        case .avg(let name, let location): return try aggregate(items, name, at: location, Builtins.average)
        case .min(let name, let location): return try aggregate(items, name, at: location) { values, loc throws(QueryError) in try Builtins.extreme(values, .less, at: loc) }
        case .max(let name, let location): return try aggregate(items, name, at: location) { values, loc throws(QueryError) in try Builtins.extreme(values, .greater, at: loc) }
        case .groupBy(let name, let location):
            var groups: [(String, [Value])] = []
            for item in items {
                let label = Arithmetic.text(of: try key(name, of: item, at: location))
                if let index = groups.firstIndex(where: { $0.0 == label }) { groups[index].1.append(item) } else { groups.append((label, [item])) }
            }
            return .list(groups.map { .record([(name, .text($0.0)), ("count", .number(Decimal($0.1.count))), ("items", .list($0.1))]) })
        }
    }

    /// The items a step runs over: a list's; one indicator, fact or record is a
    /// row on its own, as an indicator of one report is what the same query on
    /// several reports gets a list of (`economy.tourism.revenue | select actual, plan`).
    private func list(_ value: Value, for stage: Stage) throws(QueryError) -> [Value] {
        switch value {
        case .list(let items): return items
        case .entity, .fact, .record, .derived: return [value]
        default: break
        }
        throw .runtime("a pipeline step needs a list, not \(value.typeName)", at: location(of: stage),
                       hint: "start from facts, indicators, targets or search \"…\"")
    }

    private func key(_ name: String, of item: Value, at location: QueryLocation) throws(QueryError) -> Value {
        return try withItem(item) { () throws(QueryError) -> Value in try resolve(NamePath([name], at: location)) }
    }

    private func aggregate(_ items: [Value], _ name: String?, at location: QueryLocation,
                           _ reduce: ([Value], QueryLocation) throws(QueryError) -> Value) throws(QueryError) -> Value {
        var values: [Value] = []
        for item in items { values.append(try name.map { n throws(QueryError) in try key(n, of: item, at: location) } ?? item) }
        return try reduce(values, location)
    }

    func withItem<T>(_ item: Value, _ body: () throws(QueryError) -> T) throws(QueryError) -> T {
        items.append(item)
        defer { items.removeLast() }
        return try body()
    }

    private func location(of stage: Stage) -> QueryLocation {
        switch stage {
        case .count(let l), .sum(_, let l), .avg(_, let l), .min(_, let l), .max(_, let l), .take(_, let l),
             .filter(_, let l), .sort(_, _, let l), .select(_, let l), .groupBy(_, let l):
            return l
        }
    }
}
