import Platform

/// The words the qualifier reader compares with: each a literal the compiler
/// packs into its bits where it is used (``FoldedWord/init(stringLiteral:)``),
/// so no word is a global checked for its initialisation at every use.
extension FoldedWord {
    static var tang: FoldedWord { "tang" }
    static var giam: FoldedWord { "giam" }
    static var vuot: FoldedWord { "vuot" }
    static var kh: FoldedWord { "kh" }
    static var ve: FoldedWord { "ve" }
    static var luong: FoldedWord { "luong" }
    static var th: FoldedWord { "th" }
    static var uth: FoldedWord { "uth" }
    static var thuc: FoldedWord { "thuc" }
    static var hien: FoldedWord { "hien" }
    static var giao: FoldedWord { "giao" }
    static var uoc: FoldedWord { "uoc" }
    static var den: FoldedWord { "den" }
    static var ngay: FoldedWord { "ngay" }
    static var het: FoldedWord { "het" }
    static var nq: FoldedWord { "nq" }
    static var nam: FoldedWord { "nam" }
    static var ke: FoldedWord { "ke" }
    static var hoach: FoldedWord { "hoach" }
    static var nghi: FoldedWord { "nghi" }
    static var quyet: FoldedWord { "quyet" }
    static var tu: FoldedWord { "tu" }
    static var xuong: FoldedWord { "xuong" }
    static var len: FoldedWord { "len" }
    static var con: FoldedWord { "con" }
    static var dat: FoldedWord { "dat" }
    static var so: FoldedWord { "so" }
    static var tong: FoldedWord { "tong" }
    static var voi: FoldedWord { "voi" }
    static var gap: FoldedWord { "gap" }
    static var truoc: FoldedWord { "truoc" }
    static var tieu: FoldedWord { "tieu" }
    static var muc: FoldedWord { "muc" }
    static var chi: FoldedWord { "chi" }
    static var bang: FoldedWord { "bang" }
    static var ck: FoldedWord { "ck" }
    static var cknt: FoldedWord { "cknt" }
    static var la: FoldedWord { "la" }
    static var va: FoldedWord { "va" }
    static var dau: FoldedWord { "dau" }
    static var dt: FoldedWord { "dt" }
    static var thang: FoldedWord { "thang" }
    // Folding spells `quý` as `qui` and `kỳ` as `ki`.
    static var qui: FoldedWord { "qui" }
    static var ky: FoldedWord { "ki" }
    static var hon: FoldedWord { "hon" }
    static var ra: FoldedWord { "ra" }
    static var de: FoldedWord { "de" }
    static var nham: FoldedWord { "nham" }
    static var phan: FoldedWord { "phan" }
    static var ket: FoldedWord { "ket" }
    static var qua: FoldedWord { "qua" }
    static var cao: FoldedWord { "cao" }
    static var thap: FoldedWord { "thap" }
    static var nhieu: FoldedWord { "nhieu" }
    static var kich: FoldedWord { "kich" }
    static var cua: FoldedWord { "cua" }
    static var chiem: FoldedWord { "chiem" }
    static var grdp: FoldedWord { "grdp" }
    static var kien: FoldedWord { "kien" }
    static var truong: FoldedWord { "truong" }
    static var ban: FoldedWord { "ban" }
    static var it: FoldedWord { "it" }
    /// `do` (because), and `đó` of `trong đó`, which folds alike.
    static var `do`: FoldedWord { "do" }
    static var rieng: FoldedWord { "rieng" }
    static var nhan: FoldedWord { "nhan" }
    static var cong: FoldedWord { "cong" }
    static var trong: FoldedWord { "trong" }
    static var nguyen: FoldedWord { "nguyen" }
    static var chu: FoldedWord { "chu" }
    static var yeu: FoldedWord { "yeu" }
    static var toan: FoldedWord { "toan" }
    static var du: FoldedWord { "du" }
    static var xay: FoldedWord { "xay" }
    static var co: FoldedWord { "co" }
    static var don: FoldedWord { "don" }
    static var thanh: FoldedWord { "thanh" }
    static var duoc: FoldedWord { "duoc" }
}

/// The phrases the qualifier reader looks for, folded once.
extension FoldedPhrase {
    static let chiTieu: FoldedPhrase = "chi tieu"
    static let cungKy: FoldedPhrase = "cung ky"
    static let tyLe: FoldedPhrase = "ty le"
    static let cungKyNamTruoc: FoldedPhrase = "cung ky nam truoc"
    static let cungKyNam: FoldedPhrase = "cung ky nam"
    static let cuoiNam: FoldedPhrase = "cuoi nam"
    static let dauNam: FoldedPhrase = "dau nam"
    static let duToan: FoldedPhrase = "du toan"
    static let duToanThanhPho: FoldedPhrase = "du toan thanh pho"
    static let duToanTinh: FoldedPhrase = "du toan tinh"
    static let keHoach: FoldedPhrase = "ke hoach"
    static let kichBan: FoldedPhrase = "kich ban"
    static let luyKe: FoldedPhrase = "luy ke"
    static let tuDauNam: FoldedPhrase = "tu dau nam"
    static let duKien: FoldedPhrase = "du kien"
    static let caNam: FoldedPhrase = "ca nam"
    static let hetNam: FoldedPhrase = "het nam"
    static let hetNienDo: FoldedPhrase = "het nien do"
    static let mucTieu: FoldedPhrase = "muc tieu"
    static let nghiQuyet: FoldedPhrase = "nghi quyet"
    static let soVoi: FoldedPhrase = "so voi"
    static let soCK: FoldedPhrase = "so ck"
    static let soNam: FoldedPhrase = "so nam"
    static let thanhPhoGiao: FoldedPhrase = "thanh pho giao"
    static let tinhGiao: FoldedPhrase = "tinh giao"
}

/// Last year's names as a figure, clause or bracket opens on them (`cùng
/// kỳ`, `năm trước`, `CK`, `CKNT`), as folding spells them: the qualifier
/// reader's, and the scanner's after a slash (``LastYearAfterSlash``).
enum LastYearNames {
    static let openings = ["cùng kỳ", "năm trước", "CK", "CKNT"].map { FoldedText(folding: $0).bytes.map { Unicode.Scalar($0) } }
}
