import FoundationEssentials
import Platform
import Facts

extension Parser {
    /// Literals, names, bracketed expressions and lists.
    mutating func primary() throws(QueryError) -> Expr {
        let token = peek
        switch token.kind {
        case .number(let value):
            advance()
            if checkSymbol("–") { return try range(from: value, at: token.location) }
            try refuseFraction(after: token)
            if let unit = unitAhead(perTouching: true) { return .quantity(value, unit, token.location) }
            // Nothing may follow a number but a unit: `5 furlongs` is a unit baocao does not know.
            if case .identifier(let word) = peek.kind, !Stage.verbs.contains(word) {
                throw .syntax("unknown unit '\(word)'", at: peek.location, hint: Self.unitHint(for: word))
            }
            return .number(value, token.location)
        case .string(let text):
            advance()
            return .string(text, token.location)
        case .keyword(.true): advance(); return .bool(true, token.location)
        case .keyword(.false): advance(); return .bool(false, token.location)
        case .keyword(.null): advance(); return .null(token.location)
        case .identifier(let name):
            advance()
            if name == "search", case .string(let text) = peek.kind {
                let location = advance().location
                return .call(NamePath(["search"], at: token.location), [.string(text, location)])
            }
            return .name(NamePath([name], at: token.location))
        case .symbol("("):
            advance()
            let inner = try pipeline()
            try expectSymbol(")", "to close '(' opened at \(token.location)")
            return inner
        case .symbol("["):
            advance()
            var items: [Expr] = []
            if !checkSymbol("]") {
                repeat { items.append(try pipeline()) } while matchSymbol(",")
            }
            try expectSymbol("]", "to close '[' opened at \(token.location)")
            return .list(items, token.location)
        case .end, .newline:
            throw .syntax("expected an expression, found the end of the input", at: token.location)
        default:
            throw .syntax("expected an expression, found \(describe(token))", at: token.location, hint: sqlHabitHint(token))
        }
    }

    // MARK: - Token helpers

    var peek: Token { token(at: position) }

    @discardableResult
    mutating func advance() -> Token {
        let current = peek
        if position < tokensCount - 1 { position += 1 }
        return current
    }

    func check(_ kind: Token.Kind) -> Bool { peek.kind == kind }
    func checkSymbol(_ symbol: String) -> Bool { peek.kind == .symbol(symbol) }

    mutating func matchSymbol(_ symbol: String) -> Bool {
        guard checkSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func matchKeyword(_ keyword: Keyword) -> Bool {
        guard peek.kind == .keyword(keyword) else { return false }
        advance()
        return true
    }

    mutating func expectSymbol(_ symbol: String, _ context: String) throws(QueryError) {
        guard matchSymbol(symbol) else {
            throw .syntax("expected '\(symbol)' \(context), found \(describe(peek))", at: peek.location, hint: sqlHabitHint(peek))
        }
    }

    mutating func identifierName(_ what: String) throws(QueryError) -> String {
        guard case .identifier(let name) = peek.kind else {
            throw .syntax("expected \(what), found \(describe(peek))", at: peek.location)
        }
        advance()
        return name
    }

    /// What SQL's habits meant, where a token is out of place: `=` for `==`, `<>` for `!=`.
    func sqlHabitHint(_ found: Token) -> String? {
        switch found.kind {
        case .symbol("="): "did you mean '=='? A query compares with ==; = names a column in select and binds in let"
        case .symbol(">") where position > 0 && token(at: position - 1).kind == .symbol("<"): "did you mean '!='?"
        default: nil
        }
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .end: "the end of the input"
        case .newline: "the end of the line"
        default: "'\(token.lexeme)'"
        }
    }
}
