import FoundationEssentials
import Platform
import Facts

/// Units after a number (`5 tỷ đồng`, `549.748 đồng/lượt`) and after `in`
/// (`in ty dong`, `in đồng / lượt`, `in %`): every unit baocao prints reads
/// back, with or without accents.
extension Parser {
    /// The unit ahead, consumed: the longest run of up to three words naming a
    /// unit, or `%`, then perhaps `/` and another (`đồng/lượt`). After a
    /// number the `/` must touch both words, as printed — `4 tỷ đồng / 2 lượt`
    /// divides; after `in` nothing else could follow, so spaces are allowed.
    mutating func unitAhead(perTouching: Bool) -> MeasureUnit? {
        guard let unit = singleUnitAhead() else { return nil }
        guard checkSymbol("/"), position + 1 < tokensCount else { return MeasureUnit(unit) }
        let slash = peek, next = token(at: position + 1)
        if perTouching && !(touches(token(at: position - 1), slash) && touches(slash, next)) { return MeasureUnit(unit) }
        let mark = position
        advance()
        guard var per = singleUnitAhead(), per.dimension != .percent, unit.dimension != .percent else {
            position = mark
            return MeasureUnit(unit)
        }
        // `triệu đồng/người/năm`, `tấn/ha/năm`: what it is per is written in several
        // words, as the report's rates are (one unit of its own, as a fact holds it).
        var perNames = [per.symbol]
        while checkSymbol("/"), position + 1 < tokensCount, case .identifier(let word) = token(at: position + 1).kind,
              touches(token(at: position - 1), peek), touches(peek, token(at: position + 1)) {
            advance()
            advance()
            perNames.append(word)
        }
        if perNames.count > 1 {
            let name = perNames.joined(by: "/")
            per = UnitLexicon.perUnit(named: name)
        }
        return MeasureUnit(unit, per: per)
    }

    /// One unit: `%`, `‰`, or the longest run of up to three words that names one
    /// (`tỷ đồng`, `lượt`, `m2`, `điểm %`), or of up to six with commas as
    /// printed, touching the word before (`xã, phường`, `cán bộ, công chức, viên chức`).
    private mutating func singleUnitAhead() -> QuantityUnit? {
        if checkSymbol("%") { advance(); return .percent }
        if checkSymbol("‰") { advance(); return .permille }
        // Each word, with the tokens up to and including it and how it joins the one before.
        var words: [(word: String, tokens: Int, separator: String)] = []
        var cursor = position
        while words.count < 6, cursor < tokensCount {
            var separator = " "
            if !words.isEmpty, token(at: cursor).kind == .symbol(","), touches(token(at: cursor - 1), token(at: cursor)) {
                separator = ", "
                cursor += 1
            }
            guard cursor < tokensCount, case .identifier(let word) = token(at: cursor).kind else { break }
            cursor += 1
            words.append((word, cursor - position, separator))
        }
        // `m2` lexes as one identifier; `m 2` is not a unit.
        for count in stride(from: words.count, through: 1, by: -1) {
            let hasComma = words[1..<count].contains { $0.separator != " " }
            guard count <= 3 || hasComma else { continue }
            // (The first word's separator, a space, is dropped.)
            let name = String(words.prefix(count).map { $0.separator + $0.word }.joined().dropFirst())
            let tokens = words[count - 1].tokens
            // `điểm %`: a noun whose name ends with the percent sign.
            if !hasComma, token(at: position + tokens).kind == .symbol("%"), let unit = UnitLexicon.unit(named: name + " %") {
                for _ in 0...tokens { advance() }
                return unit
            }
            if let unit = UnitLexicon.unit(named: name) {
                for _ in 0..<tokens { advance() }
                return unit
            }
        }
        return nil
    }

    /// `1.200–1.400 người` after its first number: the en dash, the upper
    /// number, and the unit both share.
    mutating func range(from lower: Decimal, at location: QueryLocation) throws(QueryError) -> Expr {
        let dash = advance()
        guard case .number(let upper) = peek.kind else {
            throw .syntax("expected the upper number of a range after '–', found \(describe(peek))", at: peek.location,
                          hint: "a range is written 8–9% or 1200–1400 người; subtract with -")
        }
        advance()
        guard upper >= lower else {
            throw .syntax("a range's upper number is below its lower one", at: dash.location, hint: "write \(upper)–\(lower)")
        }
        return .range(lower, upper, unitAhead(perTouching: true) ?? MeasureUnit(.none), location)
    }

    /// `476/480` with nothing between: how the report writes 476 of 480, which a
    /// query would read as a division. Refused, with what to type instead.
    mutating func refuseFraction(after number: Token) throws(QueryError) {
        guard checkSymbol("/"), position + 1 < tokensCount, case .number = token(at: position + 1).kind,
              touches(number, peek), touches(peek, token(at: position + 1)) else { return }
        let written = number.lexeme + "/" + token(at: position + 1).lexeme
        throw .syntax("'\(written)' reads two ways: a fraction as the report writes it, or a division", at: number.location,
                      hint: "to divide, put spaces around '/': \(number.lexeme) / \(token(at: position + 1).lexeme); a report's fraction is found with search \"\(written)\" and has .of and .share")
    }

    /// Whether `b` starts where `a` ends, on one line: `đồng/lượt`.
    private func touches(_ a: Token, _ b: Token) -> Bool {
        a.location.line == b.location.line && a.location.column + a.lexeme.unicodeScalars.count == b.location.column
    }

    /// The hint for a word where a unit belongs: the nearest unit, or a few.
    static func unitHint(for word: String) -> String {
        if let nearest = UnitLexicon.suggestion(for: word) { return "did you mean '\(nearest)'?" }
        return "units include đồng, triệu đồng, tỷ đồng, USD, ha, m², km, tấn, kg, lít, %, lượt, hộ, người …"
    }
}
