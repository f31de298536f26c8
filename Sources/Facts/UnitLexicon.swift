import FoundationEssentials
import Platform
import Report

/// The units baocao recognises after a number, and the scale words that may
/// stand between (`3,2 triệu lượt`, `1.234 tỷ đồng`). Forms are matched
/// longest first, at word boundaries; lower-case forms ignore case.
public enum UnitLexicon {
    /// `nghìn tỷ`, `nghìn`, `vạn`, `triệu tỷ`, `triệu`, `tỷ`: words that multiply the unit after
    /// them (a province's budget runs to `1,2 nghìn tỷ đồng`). The scanner
    /// takes the first form that matches: `nghìn tỷ` comes before `nghìn`.
    public static let scales: [(forms: [String], symbol: String, factor: Decimal)] = [
        (["nghìn tỷ", "ngàn tỷ", "nghìn tỉ", "ngàn tỉ"], "nghìn tỷ", 1_000_000_000_000),
        // `245 ng.lượt`: tables abbreviate a thousand as they do a million.
        (["nghìn", "ngàn", "ng."], "nghìn", 1_000),
        // Ten thousand, as older and provincial reports count (`39 vạn tấn`).
        (["vạn"], "vạn", 10_000),
        // A million billion, as a country's or a large province's output is told (`GDP đạt 11,5 triệu tỷ đồng`):
        // before `triệu`, which would take its first word alone.
        (["triệu tỷ", "triệu tỉ"], "triệu tỷ", 1_000_000_000_000_000),
        // `tr.đồng`, `tr.đ`, `tr.USD`, `126 tr USD`: the genre's tables abbreviate a million so.
        (["triệu", "tr.", "tr"], "triệu", 1_000_000),
        (["tỷ", "tỉ"], "tỷ", 1_000_000_000),
    ]

    /// Every form of the scale words, for the scanner, and the scale each is of.
    public static let scaleForms = FormTable(scales.flatMap { $0.forms.map { Array($0.unicodeScalars) } })
    public static let scaleOfForm: [Int] = scales.indices.flatMap { index in scales[index].forms.map { _ in index } }

    /// The đồng, the unit of money reports count in.
    public static let dong = QuantityUnit(symbol: "đồng", dimension: .money(currency: "VND"))

    /// Measure units: money, area, length, volume, mass, percent and per mille.
    public static let measures: [(forms: [String], unit: QuantityUnit)] = [
        (["đồng", "VNĐ", "VND", "đ"], dong),
        // `45.320 trđ`: a million đồng in one word, as tables write it.
        (["trđ", "tr.đ"], QuantityUnit(symbol: "triệu đồng", dimension: .money(currency: "VND"), factor: 1_000_000)),
        (["USD", "đô la Mỹ", "đô-la Mỹ", "đôla Mỹ", "đô la", "đô-la", "đôla"], QuantityUnit(symbol: "USD", dimension: .money(currency: "USD"))),
        (["m<sup>2</sup>", "m2", "m²"], QuantityUnit(symbol: "m²", dimension: .area)),
        (["ha", "héc-ta", "hecta", "hécta", "héc ta"], QuantityUnit(symbol: "ha", dimension: .area, factor: 10_000)),
        (["km<sup>2</sup>", "km2", "km²"], QuantityUnit(symbol: "km²", dimension: .area, factor: 1_000_000)),
        (["m<sup>3</sup>", "m3", "m³"], QuantityUnit(symbol: "m³", dimension: .volume)),
        (["lít"], QuantityUnit(symbol: "lít", dimension: .volume, factor: Decimal(string: "0.001")!)),
        (["km"], QuantityUnit(symbol: "km", dimension: .length, factor: 1_000)),
        (["m"], QuantityUnit(symbol: "m", dimension: .length)),
        (["tấn"], QuantityUnit(symbol: "tấn", dimension: .mass, factor: 1_000)),
        // A quintal, 100 kg: rice yields are given in `tạ/ha`.
        (["tạ"], QuantityUnit(symbol: "tạ", dimension: .mass, factor: 100)),
        (["kg"], QuantityUnit(symbol: "kg", dimension: .mass)),
        (["%", "phần trăm"], QuantityUnit.percent),
        (["‰"], QuantityUnit.permille),
        // The sex ratio at birth, boys born for every hundred girls: a number, its per a part of its name.
        (["bé trai/100 bé gái", "bé trai trên 100 bé gái", "trẻ trai/100 trẻ gái", "nam/100 nữ"], QuantityUnit.none),
    ]

    /// Counted nouns: the written forms and the noun they count. Synonyms and
    /// abbreviations share a noun (`lượt khách` and `lượt` are both visits).
    public static let nouns: [(forms: [String], noun: String)] = [
        (["lượt khách", "lượt người", "lượt công dân", "lượt truy cập", "lượt"], "lượt"),
        (["hộ gia đình", "hộ dân", "hộ"], "hộ"),
        (["nhân khẩu"], "nhân khẩu"),
        (["người"], "người"),
        (["học sinh", "HS", "em"], "học sinh"),
        // Preschools count their children as `cháu` as often as `trẻ`.
        (["trẻ em", "trẻ", "cháu"], "trẻ em"),
        (["con"], "con"),
        (["vụ"], "vụ"),
        (["dự án"], "dự án"),
        (["thửa đất", "thửa"], "thửa"),
        (["hồ sơ"], "hồ sơ"),
        (["đơn thư", "đơn"], "đơn"),
        (["doanh nghiệp", "DN"], "doanh nghiệp"),
        (["hợp tác xã", "HTX"], "hợp tác xã"),
        (["thủ tục hành chính", "TTHC", "thủ tục"], "thủ tục hành chính"),
        (["giấy chứng nhận", "GCNQSDĐ", "GCNQSDD", "GCNQSD", "GCN"], "giấy chứng nhận"),
        (["cán bộ, công chức, viên chức", "CBCCVC", "CBCC"], "cán bộ, công chức, viên chức"),
        // Works inspected are counted as visits as often as works (`kiểm tra 1.120 lượt công trình`).
        (["công trình", "lượt công trình"], "công trình"),
        // Houses, by the words that count them (`120 căn nhà`, `35 ngôi nhà`, `787 nhà`, and alone `126 căn`).
        (["căn nhà", "ngôi nhà", "căn hộ", "nhà", "căn"], "nhà"),
        (["trường hợp"], "trường hợp"),
        (["trường học", "trường"], "trường"),
        (["cơ sở"], "cơ sở"),
        (["tài khoản"], "tài khoản"),
        (["chứng thư chữ ký số", "chứng thư số", "chữ ký số"], "chữ ký số"),
        (["cuộc"], "cuộc"),
        (["sản phẩm"], "sản phẩm"),
        (["tiêu chí"], "tiêu chí"),
        (["chỉ tiêu"], "chỉ tiêu"),
        (["tuyến đường", "tuyến phố", "tuyến"], "tuyến"),
        (["đoạn tuyến"], "đoạn tuyến"),
        (["điểm"], "điểm"),
        // The villages and blocks of a place, by every region's names for them, are one count.
        (["thôn, bản", "thôn, tổ dân phố", "thôn, khu phố", "thôn, khối phố", "thôn", "khu phố, ấp", "ấp, khu phố",
          "ấp, khóm", "khóm, ấp", "ấp", "khu phố",
          "tổ dân phố, xóm", "tổ dân phố, thôn", "xóm, tổ dân phố", "tổ dân phố", "thôn, xóm", "xóm", "khóm", "buôn, làng", "buôn",
          "làng, tổ dân phố", "thôn, làng", "làng, bản", "bản, làng", "làng, khu dân cư", "thôn, khu dân cư", "làng"], "thôn"),
        (["khu dân cư"], "khu dân cư"),
        (["khu đất"], "khu đất"),
        (["khu vực"], "khu vực"),
        (["xã, phường", "phường, xã", "xã, thị trấn", "thị trấn, xã", "xã", "phường"], "xã, phường"),
        (["cơ quan"], "cơ quan"),
        (["đơn vị"], "đơn vị"),
        (["tổ chức"], "tổ chức"),
        (["tập thể"], "tập thể"),
        (["cá nhân"], "cá nhân"),
        (["viên chức"], "viên chức"),
        (["công chức"], "công chức"),
        (["cán bộ"], "cán bộ"),
        (["đối tượng"], "đối tượng"),
        (["công dân"], "công dân"),
        (["thanh niên"], "thanh niên"),
        (["tân binh"], "tân binh"),
        (["giấy phép", "GPXD", "GP"], "giấy phép"),
        (["điểm phần trăm", "điểm %"], "điểm %"),
        (["đại biểu"], "đại biểu"),
        (["gian hàng"], "gian hàng"),
        // Medals as results lists abbreviate them: gold, silver, bronze.
        (["huy chương", "HCV", "HCB", "HCĐ"], "huy chương"),
        (["giải"], "giải"),
        (["sao"], "sao"),
        (["lớp"], "lớp"),
        (["học viên"], "học viên"),
        (["thẻ"], "thẻ"),
        (["mũi"], "mũi"),
        (["suất"], "suất"),
        (["quyết định"], "quyết định"),
        (["văn bản"], "văn bản"),
        (["ý kiến"], "ý kiến"),
        (["khiếu nại"], "khiếu nại"),
        (["tố cáo"], "tố cáo"),
        (["đề nghị"], "đề nghị"),
        (["bị can"], "bị can"),
        (["cây"], "cây"),
        (["tờ rơi"], "tờ rơi"),
        (["ấn phẩm"], "ấn phẩm"),
        (["công"], "công"),
        (["đoàn"], "đoàn"),
        (["thành viên"], "thành viên"),
        (["tổ"], "tổ"),
        (["thiết bị"], "thiết bị"),
        (["vị trí"], "vị trí"),
        (["mã"], "mã"),
        (["logo"], "logo"),
        (["cửa hàng"], "cửa hàng"),
        (["ô tô"], "ô tô"),
        (["mô tô"], "mô tô"),
        (["xe đạp"], "xe đạp"),
        (["di tích"], "di tích"),
        (["trạm"], "trạm"),
        (["nhóm"], "nhóm"),
        (["địa bàn"], "địa bàn"),
        (["tuổi"], "tuổi"),
        (["năm"], "năm"),
        (["tháng"], "tháng"),
        (["ngày"], "ngày"),
        (["lần"], "lần"),
        (["sàn"], "sàn"),
        (["đồng chí"], "đồng chí"),
        // A Party committee's results: members admitted, cells.
        (["đảng viên"], "đảng viên"),
        (["chi bộ"], "chi bộ"),
        (["lao động", "lượt lao động", "LĐ"], "lao động"),
        (["vườn mẫu", "vườn"], "vườn"),
        (["quy hoạch"], "quy hoạch"),
        (["hội nghị"], "hội nghị"),
        (["vụ việc", "việc"], "vụ việc"),
        (["bác sĩ", "bác sỹ"], "bác sĩ"),
        (["giường bệnh", "giường"], "giường bệnh"),
        (["phòng học"], "phòng học"),
        (["giáo viên"], "giáo viên"),
        // Nouns of two or more words the genre counts, which a noun read past the number would cut to
        // its first (`46 kiến nghị` is no count of `kiến`; `12 bản tin` no count of villages, `bản`).
        (["kiến nghị"], "kiến nghị"),
        (["phản ánh"], "phản ánh"),
        (["mô hình"], "mô hình"),
        (["chương trình"], "chương trình"),
        (["tin bài", "tin, bài"], "tin bài"),
        (["bản tin"], "bản tin"),
        (["phóng sự"], "phóng sự"),
        (["tác phẩm"], "tác phẩm"),
        (["lễ hội"], "lễ hội"),
        (["câu lạc bộ", "CLB"], "câu lạc bộ"),
        (["vận động viên", "VĐV"], "vận động viên"),
        (["hội viên"], "hội viên"),
        (["đoàn viên"], "đoàn viên"),
        (["bệnh nhân"], "bệnh nhân"),
        (["gia đình"], "gia đình"),
        (["hạng mục"], "hạng mục"),
        (["gói thầu"], "gói thầu"),
        (["phương tiện"], "phương tiện"),
        (["tình nguyện viên"], "tình nguyện viên"),
        // What rates are per, in two words (`m3/ngày đêm`, `bác sĩ/vạn dân`): named here so they read back.
        (["ngày đêm"], "ngày đêm"),
        (["vạn dân"], "vạn dân"),
    ]

    /// A scale glued to `đồng` by a lost space (`1.025,5 tỷđồng`), as text
    /// taken from a PDF may have it, or to its `đ` as tables abbreviate it
    /// (`312 tỷđ`, as `trđ` a million): read after a number, never offered to
    /// type (`tỷ đồng` is).
    static let gluedMoney: [(forms: [String], unit: QuantityUnit)] = [
        (["tỷđồng", "tỉđồng", "tỷđ", "tỉđ"], QuantityUnit(symbol: "tỷ đồng", dimension: .money(currency: "VND"), factor: 1_000_000_000)),
        (["triệuđồng"], QuantityUnit(symbol: "triệu đồng", dimension: .money(currency: "VND"), factor: 1_000_000)),
        (["nghìnđồng", "ngànđồng"], QuantityUnit(symbol: "nghìn đồng", dimension: .money(currency: "VND"), factor: 1_000)),
    ]

    /// Every form with its unit, longest form first, so that `lượt khách`
    /// wins over `lượt` and `m<sup>2</sup>` over `m`.
    public static let entries: [(form: [Unicode.Scalar], unit: QuantityUnit)] = {
        // Each form's scalars taken once, before sorting: counting them at each comparison was
        // most of the cost of reading a report's first number (docs/PERFORMANCE.md).
        var all: [(form: [Unicode.Scalar], unit: QuantityUnit)] = []
        for (forms, unit) in measures + gluedMoney { for form in forms { all.append((Array(form.unicodeScalars), unit)) } }
        for (forms, noun) in nouns {
            for form in forms { all.append((Array(form.unicodeScalars), QuantityUnit(symbol: noun, dimension: .count(noun: noun)))) }
        }
        return all.sorted { $0.form.count > $1.form.count }
    }()

    /// Every entry's form, for the scanner: a look-up gives the entry's position.
    public static let forms = FormTable(entries.map(\.form))
    /// Every entry's unit, apart from its form, so that taking a unit copies no form.
    public static let units: [QuantityUnit] = entries.map(\.unit)

    /// Every entry's unit multiplied by each scale word (`tỷ` × `đồng`), by
    /// scale then entry: built once, as building `tỷ đồng` for each number
    /// allocated a unit each time.
    public static let scaledUnits: [[QuantityUnit]] = scales.map { scale in
        units.map { scaled($0, by: (scale.symbol, scale.factor)) }
    }
    /// Each scale word alone (`3,2 triệu`), by scale; `tỷ` and `nghìn tỷ`
    /// alone count đồng (`thu ngân sách đạt 45 tỉ`), as the genre writes no other billions bare.
    public static let scaleUnits: [QuantityUnit] = scales.map { scale in
        scaled(scale.factor >= 1_000_000_000 ? dong : .none, by: (scale.symbol, scale.factor))
    }

    /// The money a scale word alone stands for before what it is per:
    /// `58,4 triệu/người/năm`, `4,5 triệu/tháng` are đồng (a scale alone is
    /// otherwise a bare count: `82 triệu` of something unnamed). Nil for any other unit.
    public static func money(ofBareScale unit: QuantityUnit) -> QuantityUnit? {
        guard unit.dimension == .count(noun: ""), let scale = scales.first(where: { $0.symbol == unit.symbol }) else { return nil }
        return scaled(dong, by: (scale.symbol, scale.factor))
    }

    /// A unit named by `noun` alone, for counted nouns the lexicon does not list.
    /// What a rate is per, by its written name (`tháng`, `người/năm`): a unit
    /// of the lexicon, else a counted noun of that name. A fact's rate and the
    /// same rate typed in a query name it alike.
    public static func perUnit(named name: String) -> QuantityUnit {
        unit(named: name) ?? countUnit(name)
    }

    public static func countUnit(_ noun: String) -> QuantityUnit {
        QuantityUnit(symbol: noun, dimension: .count(noun: noun))
    }

    /// A unit multiplied by a scale word: `tỷ` + `đồng` → `tỷ đồng` (factor 10⁹).
    public static func scaled(_ unit: QuantityUnit, by scale: (symbol: String, factor: Decimal)) -> QuantityUnit {
        let symbol = unit.symbol.isEmpty ? scale.symbol : "\(scale.symbol) \(unit.symbol)"
        let dimension = unit.dimension == .number ? Dimension.count(noun: "") : unit.dimension
        // Most units are their dimension's base (factor 1), and a Decimal product allocates.
        let factor = unit.factor == 1 ? scale.factor : unit.factor * scale.factor
        return QuantityUnit(symbol: symbol, dimension: dimension, factor: factor)
    }

    /// A unit per something: `triệu đồng` per `tháng` → `triệu đồng/tháng`.
    public static func rate(_ base: QuantityUnit, per: String) -> QuantityUnit {
        QuantityUnit(symbol: base.symbol + "/" + per, dimension: .rate(base.dimension, per: per), factor: base.factor)
    }
}
