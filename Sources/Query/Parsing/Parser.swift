import FoundationEssentials
import Platform
import Facts

/// Parses tokens into statements by recursive descent, one method per rule
/// of the grammar in docs/LANGUAGE.md. Newlines end a statement except
/// inside brackets and after a trailing `|` or operator.
public struct Parser {
    /// Deeper nesting is refused with a limit error rather than overflowing the stack.
    public static let maxDepth = 200
    /// Longer chains of one operator (`1 + 1 + …`) are refused for the same reason.
    public static let maxOperands = 2_000

    var tokens: [Token]
    var position = 0
    var depth = 0

    var tokensCount: Int { tokens.count }
    func token(at index: Int) -> Token { tokens[min(index, tokens.count - 1)] }

    public init(tokens: [Token]) { self.tokens = Parser.joinContinuedLines(tokens) }

    /// Parses a whole script or REPL entry.
    public static func parse(_ text: String) throws(QueryError) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokenize(text))
        return try parser.statements()
    }

    /// Parses a formula or a function body: one expression (a pipeline), no `let` or `def`.
    public static func parseExpression(_ text: String) throws(QueryError) -> Expr {
        let statements = try parse(text)
        guard statements.count == 1, case .expression(let expression) = statements[0] else {
            throw .syntax(statements.isEmpty ? "expected an expression, found nothing" : "expected one expression, not a statement or several",
                          at: QueryLocation(line: 1, column: 1))
        }
        return expression
    }

    /// Whether `text` is unfinished (an open bracket or a trailing `|`), so the REPL should read more.
    public static func needsContinuation(_ text: String) -> Bool {
        guard let tokens = try? Lexer.tokenize(text) else { return false }
        var depth = 0
        for token in tokens {
            if case .symbol(let s) = token.kind {
                if s == "(" || s == "[" || s == "{" { depth += 1 }
                if s == ")" || s == "]" || s == "}" { depth -= 1 }
            }
        }
        let significant = tokens.filter { $0.kind != .newline && $0.kind != .end }
        if case .symbol(let s)? = significant.last?.kind, continuingSymbols.contains(s) { return true }
        if case .keyword(let k)? = significant.last?.kind, k == .and || k == .or || k == .not { return true }
        return depth > 0
    }

    /// A line ending in one of these continues on the next.
    static let continuingSymbols: Set<String> = ["|", "+", "-", "*", "/", ",", "=", "==", "!=", "<", ">", "<=", ">=", "~"]

    /// Drops newlines inside brackets, after `|` or an operator, and before a leading `|`.
    static func joinContinuedLines(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var depth = 0
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol("("), .symbol("["), .symbol("{"): depth += 1
            case .symbol(")"), .symbol("]"), .symbol("}"): depth = max(0, depth - 1)
            case .newline:
                let next = tokens[(index + 1)...].first { $0.kind != .newline }
                let continues = depth > 0 || next?.kind == .symbol("|") || {
                    if case .symbol(let s)? = result.last?.kind { return continuingSymbols.contains(s) }
                    if case .keyword(let k)? = result.last?.kind { return k == .and || k == .or || k == .not }
                    return false
                }()
                if continues { continue }
            default: break
            }
            result.append(token)
        }
        return result
    }

    // MARK: - Statements

    mutating func statements() throws(QueryError) -> [Statement] {
        var result: [Statement] = []
        while true {
            while check(.newline) || checkSymbol(";") { advance() }
            if peek.kind == .end { return result }
            result.append(try statement())
            guard check(.newline) || checkSymbol(";") || peek.kind == .end else {
                throw .syntax("unexpected \(describe(peek)) after the end of the expression", at: peek.location,
                              hint: sqlHabitHint(peek) ?? "one statement per line; pipe with |")
            }
        }
    }

    mutating func statement() throws(QueryError) -> Statement {
        let start = peek.location
        if matchKeyword(.let) {
            let name = try identifierName("a name after 'let'")
            try expectSymbol("=", "after the name in 'let \(name)'")
            return .let(name, try pipeline(), start)
        }
        if matchKeyword(.def) {
            let name = try identifierName("a function name after 'def'")
            try expectSymbol("(", "after the function name")
            var parameters: [String] = []
            if !checkSymbol(")") {
                repeat { parameters.append(try identifierName("a parameter name")) } while matchSymbol(",")
            }
            try expectSymbol(")", "after the parameters")
            try expectSymbol("=", "before the function body")
            return .def(name, parameters, try pipeline(), start)
        }
        return .expression(try pipeline())
    }

    // MARK: - Pipelines

    mutating func pipeline() throws(QueryError) -> Expr {
        let source = try expression()
        var stages: [Stage] = []
        while matchSymbol("|") { stages.append(try stage()) }
        return stages.isEmpty ? source : .pipeline(source, stages)
    }

    mutating func stage() throws(QueryError) -> Stage {
        let location = peek.location
        guard case .identifier(let verb) = peek.kind else {
            throw .syntax("expected a pipeline step after '|'", at: location, hint: "one of: \(Stage.verbs.joined(by: ", "))")
        }
        advance()
        switch verb {
        case "count": return .count(location)
        case "sum": return .sum(optionalField(), location)
        case "avg": return .avg(optionalField(), location)
        case "min": return .min(optionalField(), location)
        case "max": return .max(optionalField(), location)
        case "take", "limit":
            guard case .number(let n) = peek.kind, let count = n.exactInt, count >= 0 else {
                throw .syntax("'take' needs a whole number", at: peek.location, hint: "take 5")
            }
            advance()
            return .take(count, location)
        case "where", "filter": return .filter(try expression(), location)
        case "sort", "order":
            let field = try identifierName("a field to sort by")
            if matchKeyword(.desc) { return .sort(field, descending: true, location) }
            _ = matchKeyword(.asc)
            return .sort(field, descending: false, location)
        case "select":
            var columns: [SelectColumn] = []
            repeat {
                if case .identifier(let name) = peek.kind, token(at: position + 1).kind == .symbol("=") {
                    advance()
                    advance()
                    columns.append(SelectColumn(name: name, expression: try expression()))
                } else {
                    let expression = try expression()
                    columns.append(SelectColumn(name: ExprText.text(expression), expression: expression))
                }
            } while matchSymbol(",")
            return .select(columns, location)
        case "group":
            _ = matchKeyword(.by)
            return .groupBy(try identifierName("a field to group by"), location)
        default:
            // `facts | value`: a field alone where a step goes, as jq takes `.value`.
            let alone = peek.kind == .end || peek.kind == .newline || peek.kind == .symbol("|") || peek.kind == .symbol(")")
            throw .syntax("unknown pipeline step '\(verb)'", at: location,
                          hint: Stage.otherLanguagesVerbs[verb.lowercased()].map { "did you mean '\($0)'? ('\(verb)' is '\($0)' here)" }
                            ?? NameSuggesterHint.didYouMean(verb, in: Stage.verbs)
                            ?? (alone ? "to keep a field of each row, write 'select \(verb)'" : nil))
        }
    }

    private mutating func optionalField() -> String? {
        if case .identifier(let name) = peek.kind { advance(); return name }
        return nil
    }

    // MARK: - Expressions, lowest precedence first

    mutating func expression() throws(QueryError) -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maxDepth else {
            throw .syntax("expression nested too deeply (more than \(Parser.maxDepth) levels)", at: peek.location)
        }
        return try or()
    }

    mutating func or() throws(QueryError) -> Expr {
        var left = try and()
        var operands = 1
        while case .keyword(.or) = peek.kind {
            let location = advance().location
            try countOperand(&operands, at: location)
            left = .binary(.or, left, try and(), location)
        }
        return left
    }

    mutating func and() throws(QueryError) -> Expr {
        var left = try not()
        var operands = 1
        while case .keyword(.and) = peek.kind {
            let location = advance().location
            try countOperand(&operands, at: location)
            left = .binary(.and, left, try not(), location)
        }
        return left
    }

    mutating func not() throws(QueryError) -> Expr {
        if case .keyword(.not) = peek.kind {
            let location = advance().location
            depth += 1
            defer { depth -= 1 }
            guard depth <= Parser.maxDepth else { throw .syntax("expression nested too deeply (more than \(Parser.maxDepth) levels)", at: location) }
            return .not(try not(), location)
        }
        return try comparison()
    }

    mutating func comparison() throws(QueryError) -> Expr {
        let left = try conversion()
        for op in [BinaryOperator.equal, .notEqual, .lessEqual, .greaterEqual, .less, .greater, .matches]
        where checkSymbol(op.rawValue) {
            let location = advance().location
            return .binary(op, left, try conversion(), location)
        }
        return left
    }

    mutating func conversion() throws(QueryError) -> Expr {
        let value = try additive()
        if case .keyword(.in) = peek.kind {
            let location = advance().location
            guard let unit = unitAhead(perTouching: false) else {
                if case .identifier(let word) = peek.kind { throw .syntax("unknown unit '\(word)'", at: peek.location, hint: Self.unitHint(for: word)) }
                throw .syntax("expected a unit after 'in'", at: peek.location, hint: "for example: in tỷ đồng, in ha, in %, in đồng/lượt")
            }
            return .convert(value, unit, location)
        }
        return value
    }

    mutating func additive() throws(QueryError) -> Expr {
        var left = try multiplicative()
        var operands = 1
        while checkSymbol("+") || checkSymbol("-") {
            let token = advance()
            try countOperand(&operands, at: token.location)
            left = .binary(token.lexeme == "+" ? .add : .subtract, left, try multiplicative(), token.location)
        }
        return left
    }

    mutating func multiplicative() throws(QueryError) -> Expr {
        var left = try unary()
        var operands = 1
        while checkSymbol("*") || checkSymbol("/") {
            let token = advance()
            try countOperand(&operands, at: token.location)
            left = .binary(token.lexeme == "*" ? .multiply : .divide, left, try unary(), token.location)
        }
        return left
    }

    mutating func unary() throws(QueryError) -> Expr {
        if checkSymbol("-") {
            let location = advance().location
            depth += 1
            defer { depth -= 1 }
            guard depth <= Parser.maxDepth else { throw .syntax("expression nested too deeply", at: location) }
            return .negate(try unary(), location)
        }
        return try postfix()
    }

    mutating func postfix() throws(QueryError) -> Expr {
        var expr = try primary()
        while true {
            if matchSymbol(".") {
                let location = peek.location
                let name = try identifierName("a field name after '.'")
                if case .name(let path) = expr { expr = .name(path.appending(name)) } else { expr = .field(expr, name, location) }
            } else if checkSymbol("("), case .name(let path) = expr {
                advance()
                expr = .call(path, try arguments())
            } else {
                return expr
            }
        }
    }

    private func countOperand(_ operands: inout Int, at location: QueryLocation) throws(QueryError) {
        operands += 1
        guard operands <= Parser.maxOperands else {
            throw .syntax("expression too long (more than \(Parser.maxOperands) operands in one chain)", at: location,
                          hint: "use sum(…) over a list, or split it with let")
        }
    }

    mutating func arguments() throws(QueryError) -> [Expr] {
        var args: [Expr] = []
        if !checkSymbol(")") {
            repeat { args.append(try pipeline()) } while matchSymbol(",")
        }
        try expectSymbol(")", "to close the argument list")
        return args
    }
}
