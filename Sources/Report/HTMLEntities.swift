/// The characters a web page may write as named entities. Editors that
/// portals use write every Latin-1 letter so (`gi&aacute; trị`, `c&agrave;
/// ph&ecirc;`), which leaves a Vietnamese word half written: each of the
/// Latin-1 block's names is decoded, case kept (`&Aacute;` is `Á`), with the
/// typographic punctuation, the bounds a plan is written with (`&ge;`, `&le;`) and HTML5's few
/// Vietnamese letters (`&abreve;`, `&dstrok;`).
enum HTMLEntities {
    /// The scalar `name` (what stands between `&` and `;`) names, or nil.
    static func scalar(named name: String) -> Unicode.Scalar? {
        if let found = byName[name] { return found }
        guard name.hasPrefix("#") else { return byName[name.lowercased()] }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init)
    }

    /// `text` with its entities decoded, those it does not know left as written.
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let end = scalars[(index + 1)..<min(scalars.count, index + 11)].firstIndex(of: ";"),
               let decoded = scalar(named: String(String.UnicodeScalarView(scalars[(index + 1)..<end]))) {
                result.append(decoded)
                index = end + 1
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Latin-1's names from U+00A0 on, in the order of their code points (the no-break space read as a space).
    private static let latin1 = """
        nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr \
        deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest \
        Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml \
        ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig \
        agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml \
        eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
        """.split(separator: " ").map(String.init)

    private static let byName: [String: Unicode.Scalar] = {
        var names: [String: Unicode.Scalar] = [:]
        for (offset, name) in latin1.enumerated() { names[name] = Unicode.Scalar(0xA0 + UInt32(offset)) }
        names["nbsp"] = " "
        let others: [(String, Unicode.Scalar)] = [
            ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"),
            ("ndash", "–"), ("mdash", "—"), ("hellip", "…"), ("lsquo", "‘"), ("rsquo", "’"), ("ldquo", "“"), ("rdquo", "”"),
            ("bull", "•"), ("permil", "‰"), ("minus", "−"),
            // A plan's bound in a table's cell (`&ge; 98`).
            ("ge", "≥"), ("le", "≤"), ("ne", "≠"), ("asymp", "≈"),
            ("abreve", "ă"), ("Abreve", "Ă"), ("dstrok", "đ"), ("Dstrok", "Đ"),
        ]
        for (name, scalar) in others { names[name] = scalar }
        return names
    }()
}
