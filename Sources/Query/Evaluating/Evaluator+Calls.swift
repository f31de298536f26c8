import FoundationEssentials
import Platform
import Facts

extension QuerySession {
    /// Calls a function: one defined with `def`, a domain's (`land.clearance_share`),
    /// `search`, or a built-in.
    func call(_ path: NamePath, _ arguments: [Expr]) throws(QueryError) -> Value {
        let location = path.location
        try checkCancelled(at: location)
        let name = path.description
        var args: [Value] = []
        if name == "why", arguments.count == 1, functions[name] == nil {
            // What `why` explains is its argument as computed, with the values it read.
            let read = readValues
            defer { readValues = read }
            args.append(try evaluateWithProvenance(arguments[0]))
        } else {
            for argument in arguments { args.append(try evaluate(argument)) }
        }
        if let function = functions[name] ?? context.catalog.function(path) {
            return try invoke(function, with: args, at: location)
        }
        if name == "search" {
            guard args.count == 1, case .text(let text) = args[0] else { throw .runtime("search takes one text", at: location, hint: "search \"giải phóng mặt bằng\"") }
            return .list(moving: context.store.search(text))
        }
        if let result = try Builtins.apply(name, args, at: location) { return result }
        if path.parts.count > 1, context.catalog.isNamespace(path.head) {
            throw .runtime("'\(path.head)' has no function '\(path.parts.dropFirst().joined(by: "."))'", at: location,
                           hint: NameSuggesterHint.didYouMean(name, in: context.catalog.knownNames))
        }
        let candidates = Array(Builtins.names) + Array(functions.keys) + ["search"]
        throw .runtime("unknown function '\(name)'", at: location, hint: NameSuggesterHint.didYouMean(name, in: candidates))
    }

    /// `search "…" | count` counted by the source, with no facts made (a corpus counts
    /// from its index); nil if `source` is not the built-in search of one text.
    func searchCount(_ source: Expr) throws(QueryError) -> Value? {
        guard case .call(let path, let arguments) = source, path.description == "search", arguments.count == 1,
              functions["search"] == nil, context.catalog.function(path) == nil else { return nil }
        try checkCancelled(at: path.location)
        guard case .text(let text) = try evaluate(arguments[0]) else { return nil }
        return .number(Decimal(context.store.searchCount(text)))
    }

    /// Runs a function on arguments already evaluated: the one runner of
    /// `def` functions and a domain's, written in the language or in Swift.
    public func invoke(_ function: QueryFunction, with args: [Value], at location: QueryLocation) throws(QueryError) -> Value {
        guard args.count == function.parameters.count else {
            throw .runtime("\(function.name) takes \(function.parameters.count) argument(s), given \(args.count)", at: location,
                           hint: "usage: \(function.signature)")
        }
        callDepth += 1
        defer { callDepth -= 1 }
        guard callDepth <= QuerySession.maxCallDepth else {
            throw .runtime("calls nested too deeply (more than \(QuerySession.maxCallDepth)): does '\(function.name)' call itself?", at: location)
        }
        switch function.body {
        case .native(let run):
            return try run(QueryCall(arguments: args, location: location) { path throws(QueryError) in try self.resolve(path) })
        case .expression(let body):
            let saved = variables
            defer { variables = saved }
            for (parameter, value) in zip(function.parameters, args) { bind(parameter, to: value) }
            return try evaluate(body)
        }
    }
}
