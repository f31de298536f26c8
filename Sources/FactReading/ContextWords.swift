import Platform
import Facts

/// Words around a number that tell what it is when no unit does. Matched on
/// whole words, ignoring case.
public enum ContextWords {
    static let nameBeforeScalars = ScalarText.phrases(nameBefore)
    static let dateBeforeScalars = ScalarText.phrases(dateBefore)
    static let dateBoundBeforeScalars = ScalarText.phrases(dateBoundBefore)
    static let yearBeforeScalars = ScalarText.phrases(yearBefore)
    static let approximateScalars = ScalarText.phrases(approximate)
    static let nameOrGivingScalars = ScalarText.phrases(nameOrGiving)
    static let countingPhraseScalars = ScalarText.phrases(countingPhrases)
    static let ageValueBeforeScalars = ScalarText.phrases(ageValueBefore)

    /// A number right after one of these is part of a name or a label, not a
    /// quantity: `khối 9`, `Mầm non 19-5`, `giai đoạn 2`, `lớp 10`, `Mũi 1`.
    public static let nameBefore: [String] = [
        "khối", "khu", "cụm", "lớp", "số", "giai đoạn", "đợt", "mức độ", "cấp", "mũi", "quý",
        "lần thứ", "thứ", "ngã", "đề án", "ban chỉ đạo", "thành phần", "mầm non", "cầu", "độ tuổi",
        "khóa", "kỳ", "văn bằng", "loại", "phòng", "tổ", "nhóm", "điều", "khoản", "chương", "mục", "phụ lục",
    ]

    /// Phrases ending in a naming word that count rather than name: `tổng số 29
    /// khu đất`, `dân số 125 nghìn người`, `danh mục 21 khu đất công`, `giảm so
    /// với cùng kỳ 3 vụ`, `tiếp công dân định kỳ 186 lượt`, `trong kỳ 45 vụ`.
    public static let countingPhrases: [String] = ["tổng số", "dân số", "danh mục", "cùng kỳ", "định kỳ", "trong kỳ", "thường kỳ"]

    /// Naming words that are also verbs of giving: `cấp 2` is a level, but
    /// `cấp 32 giấy phép` gives 32 permits, so after them a number with its unit counts.
    /// So too a school level in a list by level: `Mầm non 8/3` names a school, but `mầm non 8 trường` counts.
    public static let nameOrGiving: [String] = ["cấp", "mầm non"]

    /// A `d/m` after one of these is a date, not a ratio: `ngày 18/5`, `thiếu nhi 01/6`.
    public static let dateBefore: [String] = ["ngày", "thiếu nhi", "tết", "dịp"]

    /// A `d/m` after one of these is a date when no unit follows it: `đến 25/9
    /// đạt …`, `từ 01/7`, `hết 30/6`; `đến 41/56 trường` stays a ratio.
    public static let dateBoundBefore: [String] = ["đến", "hết", "từ"]

    /// Words that begin a year: `năm 2023`, `giai đoạn 2021-2025`.
    public static let yearBefore: [String] = ["năm", "giai đoạn", "nhiệm kỳ", "đến năm", "từ năm", "niên độ"]

    /// Words that never name what a number counts, so a number followed by one
    /// of them has no unit (the fallback that reads the next word as a counted noun skips them).
    public static let notNouns: Set<String> = [
        "và", "của", "là", "với", "đạt", "so", "tăng", "giảm", "trong", "tại", "trên", "thuộc",
        "được", "có", "đã", "theo", "để", "từ", "đến", "cho", "về", "ở", "các", "những", "một",
        "này", "đó", "nên", "thì", "mà", "bị", "do", "vào", "ra", "lên", "xuống", "khi", "nhưng", "hoặc",
        "hay", "như", "trở", "bằng", "vượt", "chiếm", "còn", "gồm", "đang", "sẽ", "chưa", "không",
        "hoàn", "thực", "tổng", "tỷ", "tỉ", "lệ", "dưới", "hơn", "gần", "khoảng", "cả", "mới", "thu", "nộp",
    ]

    /// ``notNouns`` as scalars, for the scanner (hashing a Vietnamese `String`
    /// normalises it first; comparing scalars with the few words of the same
    /// first letter is cheaper).
    static let notNounTable = FormTable(notNouns.sorted().map { Array($0.unicodeScalars) }, exactCase: true)

    /// Whether `word` (its scalars as written) is one of ``notNouns``.
    static func isNotNoun(_ text: UnsafeBufferPointer<Unicode.Scalar>, _ word: Range<Int>) -> Bool {
        guard let found = notNounTable.match(in: text, at: word.lowerBound) else { return false }
        return found.end == word.upperBound
    }

    /// Counted things a number stands on rather than over: after `trên` they
    /// are places (`trên 236 tuyến đường`, `trên 2 sàn thương mại điện tử`).
    public static let placeNouns: Set<String> = ["tuyến", "đoạn tuyến", "sàn", "địa bàn", "trang", "kênh", "khu vực", "nền tảng"]

    /// Words after which an age is a value (`tuổi thọ bình quân 73,8 tuổi`);
    /// after any other it names a group (`trẻ em dưới 5 tuổi`).
    public static let ageValueBefore: [String] = ["đạt", "là", "bình quân", "trung bình", "thọ", "lên", "còn", "ước"]

    /// Words before a number that make it approximate.
    public static let approximate: [String] = ["trên", "hơn", "gần", "khoảng", "dưới", "xấp xỉ", "ít nhất", "tối thiểu"]
}
