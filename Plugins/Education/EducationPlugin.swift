import PluginKit

/// Education: graduation and its grades, admission to upper secondary,
/// preschool and primary completion, national-standard schools.
public struct EducationPlugin: DomainPlugin {
    public init() {}

    public let namespace = "education"
    public let title = LocalizedText(vi: "Giáo dục - Đào tạo", en: "Education")
    public let summary = "Grade 9 graduation and grades, admission to upper secondary (THPT), preschool and primary completion, national-standard schools and the 2024 targets."

    public var functions: [PluginFunction] {
        [PluginFunction("pass_rate", parameters: ["passed", "total"], expression: "round(share(passed, total), 1)",
                        summary: "a pass rate in percent, to one decimal", example: "education.pass_rate(1480, 1530)")]
    }

    public var indicators: [Indicator] { Self.graduation + Self.completion + Self.schools }

    static let graduation: [Indicator] = [
        Indicator("graduation.grade9_rate", vi: "Tỷ lệ học sinh tốt nghiệp lớp 9", en: "Grade 9 graduation rate", unit: "%",
                  actual: FindingRule(["tốt nghiệp lớp 9"], unit: .percent),
                  examples: [IndicatorExample("Hoàn thành các nhiệm vụ năm học 2024-2025, tỷ lệ học sinh tốt nghiệp lớp 9 đạt 99,8%.", yields: "99,8%")]),
        Indicator("graduation.grade9_pupils", vi: "Học sinh lớp 9 được xét tốt nghiệp", en: "Grade 9 pupils graduating", unit: "học sinh",
                  actual: FindingRule(["Kết quả xét tốt nghiệp"], unit: .number),
                  examples: [IndicatorExample("Kết quả xét tốt nghiệp học sinh lớp 9: 1.530/1.533 được xét tốt nghiệp.", yields: "1.530/1.533")]),
        Indicator("graduation.excellent", vi: "Tốt nghiệp loại Giỏi", en: "Graduates with excellent grades", unit: "học sinh",
                  actual: FindingRule(["loại Giỏi"], unit: .number),
                  examples: [IndicatorExample("Trong đó loại Giỏi đạt 402/1530 tỷ lệ 26,3%.", yields: "402/1.530")]),
        Indicator("graduation.excellent_rate", vi: "Tỷ lệ tốt nghiệp loại Giỏi", en: "Share with excellent grades", unit: "%",
                  actual: FindingRule(["loại Giỏi"], unit: .percent),
                  examples: [IndicatorExample("Trong đó loại Giỏi đạt 402/1530 tỷ lệ 26,3%.", yields: "26,3%")]),
        Indicator("graduation.good", vi: "Tốt nghiệp loại Khá", en: "Graduates with good grades", unit: "học sinh",
                  actual: FindingRule(["loại Khá"], unit: .number),
                  examples: [IndicatorExample("Loại Khá đạt 760/1530 tỷ lệ 49,7%.", yields: "760/1.530")]),
        Indicator("graduation.good_rate", vi: "Tỷ lệ tốt nghiệp loại Khá", en: "Share with good grades", unit: "%",
                  actual: FindingRule(["loại Khá"], unit: .percent),
                  examples: [IndicatorExample("Loại Khá đạt 760/1530 tỷ lệ 49,7%.", yields: "49,7%")]),
        Indicator("graduation.average", vi: "Tốt nghiệp loại Trung bình", en: "Graduates with average grades", unit: "học sinh",
                  actual: FindingRule(["Trung bình"], unit: .number),
                  examples: [IndicatorExample("Trung bình là 368/1530 đạt 24%.", yields: "368/1.530")]),
        Indicator("graduation.average_rate", vi: "Tỷ lệ tốt nghiệp loại Trung bình", en: "Share with average grades", unit: "%",
                  actual: FindingRule(["Trung bình"], unit: .percent),
                  examples: [IndicatorExample("Trung bình là 368/1530 đạt 24%.", yields: "24%")]),
        Indicator("admission.upper_secondary", vi: "Học sinh đỗ vào THPT và các trường khác", en: "Pupils admitted to upper secondary", unit: "học sinh",
                  actual: FindingRule(["đỗ vào"], unit: .count("học sinh")),
                  examples: [IndicatorExample("Số học sinh đỗ vào các trường THPT và các trường khác là 1.480/1.530 HS đạt 96,7%.", yields: "1.480/1.530 học sinh")]),
        Indicator("admission.rate", vi: "Tỷ lệ học sinh đỗ vào THPT", en: "Upper-secondary admission rate", unit: "%",
                  actual: FindingRule(["đỗ vào"], unit: .percent),
                  examples: [IndicatorExample("Số học sinh đỗ vào các trường THPT là 1.480/1.530 HS đạt 96,7%.", yields: "96,7%")]),
    ]

    static let completion: [Indicator] = [
        Indicator("preschool.completion", vi: "Trẻ đạt yêu cầu cấp mầm non", en: "Children completing preschool", unit: "trẻ",
                  actual: FindingRule(["cấp mầm non"], unit: .number),
                  examples: [IndicatorExample("Kết quả năm học: trẻ đạt yêu cầu cấp mầm non 5.902/6.110, tỷ lệ 96,6%.", yields: "5.902/6.110")]),
        Indicator("preschool.completion_rate", vi: "Tỷ lệ trẻ đạt yêu cầu cấp mầm non", en: "Preschool completion rate", unit: "%",
                  actual: FindingRule(["cấp mầm non"], unit: .percent),
                  examples: [IndicatorExample("Trẻ đạt yêu cầu cấp mầm non 5.902/6.110, tỷ lệ 96,6%.", yields: "96,6%")]),
        Indicator("primary.completion", vi: "Học sinh tiểu học hoàn thành chương trình lớp học", en: "Primary pupils completing their grade", unit: "học sinh",
                  actual: FindingRule(["Hoàn thành chương trình"], unit: .number),
                  examples: [IndicatorExample("Cấp tiểu học: HS Hoàn thành chương trình lớp học: 9870/9905 = 99,6%.", yields: "9.870/9.905")]),
        Indicator("primary.completion_rate", vi: "Tỷ lệ hoàn thành chương trình tiểu học", en: "Primary completion rate", unit: "%",
                  actual: FindingRule(["Hoàn thành chương trình"], unit: .percent),
                  examples: [IndicatorExample("Cấp tiểu học: HS Hoàn thành chương trình lớp học: 9870/9905 = 99,6%.", yields: "99,6%")]),
        Indicator("primary.not_completed", vi: "Học sinh tiểu học chưa hoàn thành", en: "Primary pupils not completing", unit: "học sinh",
                  actual: FindingRule(["Chưa hoàn thành"], unit: .number),
                  examples: [IndicatorExample("Chưa hoàn thành: 35/9905 = 0,4%.", yields: "35/9.905")]),
    ]

    static let schools: [Indicator] = [
        Indicator("schools.national_standard", vi: "Trường học đạt chuẩn quốc gia", en: "National-standard schools", unit: "trường",
                  actual: FindingRule(["nâng tổng số trường"], unit: .count("trường")),
                  target: FindingRule(["Duy trì"], in: .plan, unit: .count("trường")),
                  examples: [
                    IndicatorExample("Đề nghị công nhận mới 02 trường, nâng tổng số trường học đạt chuẩn quốc gia lên 31 trường.", yields: "31 trường"),
                    IndicatorExample("- Duy trì 31 trường đạt chuẩn quốc gia.", yields: "31 trường", in: .plan),
                  ]),
        Indicator("schools.newly_recognised", vi: "Trường được công nhận mới đạt chuẩn quốc gia", en: "Schools newly recognised", unit: "trường",
                  actual: FindingRule(["công nhận mới"], unit: .count("trường")),
                  target: FindingRule(["xây dựng thêm"], in: .plan, unit: .count("trường")),
                  examples: [
                    IndicatorExample("Hoàn thiện hồ sơ đề nghị công nhận mới 02 trường và công nhận lại 04 trường chuẩn Quốc gia.", yields: "2 trường"),
                    IndicatorExample("- Phấn đấu xây dựng thêm 02 trường học đạt chuẩn quốc gia.", yields: "2 trường", in: .plan),
                  ]),
        Indicator("schools.re_recognised", vi: "Trường được công nhận lại đạt chuẩn quốc gia", en: "Schools re-recognised", unit: "trường",
                  actual: FindingRule(["công nhận lại"], unit: .count("trường")),
                  examples: [IndicatorExample("Đề nghị công nhận mới 02 trường và công nhận lại 04 trường chuẩn Quốc gia.", yields: "4 trường")]),
    ]
}
