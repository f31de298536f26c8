import Testing
@testable import FactReading

/// The sentences of ``ComparisonWordingTests``, each ours, with the
/// comparisons of its primary figures as `kind value`.
extension ComparisonWordingTests {
    static let cases: [Case] = [
        // `CKNT` (cùng kỳ năm trước) is last year as `CK` is; `DT` right after a figure's slash is its estimate.
        Case(sentence: "Phạm pháp hình sự xảy ra 9 vụ (CKNT: 12 vụ); tai nạn giao thông 3 vụ, 2 người chết (giảm 1 vụ, tăng 1 người chết so CKNT).",
             comparisons: ["9 vụ": ["previousValue 12"], "3 vụ": ["changeOnPrevious -1"], "2 người": ["changeOnPrevious 1"]]),
        Case(sentence: "Thu NSNN trên địa bàn: 27,4 tỷ đồng/DT 40 tỷ đồng, đạt 68,5%.",
             comparisons: ["27,4 tỷ đồng": ["target 40", "percentOfPlan 68.5"]]),
        Case(sentence: "Cây ngô: DT 286 ha, năng suất 48 tạ/ha.", comparisons: ["286 ha": [], "48 tạ/ha": []]),
        // A count after the words that say the plan was reached counts what reached it: no plan's figure.
        Case(sentence: "Đã hoàn thành vượt mức kế hoạch 7/20 chỉ tiêu, hoàn thành kế hoạch 11 chỉ tiêu.",
             comparisons: ["7/20 chỉ tiêu": [], "11 chỉ tiêu": []]),
        // Last year's figure given by its name and a verb, in a clause of its own; not a share.
        Case(sentence: "Thu ngân sách đạt 52 tỷ đồng; cùng kỳ năm trước đạt 47,5 tỷ đồng.", comparisons: ["52 tỷ đồng": ["previousValue 47.5"]]),
        // A share of the plan with no subject of its own after a `;` measures the figure before it; a clause
        // with its own subject compares only its own.
        Case(sentence: "Hoàn thành giải phóng mặt bằng 7 dự án, diện tích 18,6 ha; đạt 82,4% kế hoạch.",
             comparisons: ["7 dự án": [], "18,6 ha": ["percentOfPlan 82.4"]]),
        Case(sentence: "Thu ngân sách ước đạt 31,2 tỷ đồng; chi ngân sách đạt 96% dự toán.", comparisons: ["31,2 tỷ đồng": []]),
        // A planned fall in a bracket after a `;` is the target of the fall before it, so of its level's fall.
        Case(sentence: "Tỷ lệ hộ nghèo còn 3,92% (giảm 1,36% so đầu năm; KH giảm 1,2%).",
             comparisons: ["3,92%": ["changeOnPrevious -1.36", "changeTarget -1.2"]]),
        Case(sentence: "Xảy ra 5 vụ cháy; cùng kỳ xảy ra 7 vụ.", comparisons: ["5 vụ": ["previousValue 7"]]),
        Case(sentence: "Đón 9.000 lượt khách, cùng kỳ năm trước là 8.100 lượt.", comparisons: ["9.000 lượt khách": ["previousValue 8100"]]),
        // A share after a count of the plan's targets is how far they came, no share of the count.
        Case(sentence: "Toàn xã có 15/21 chỉ tiêu ước đạt trên 50% kế hoạch năm.", comparisons: ["15/21 chỉ tiêu": []]),
        // A change in percent may name its count before its verb: `số vụ`, `số người chết`, `số người bị thương`.
        Case(sentence: "Xảy ra 52 vụ tai nạn giao thông, làm chết 31 người, bị thương 40 người; so với cùng kỳ số vụ giảm 7,1%, số người chết giảm 3,1%, số người bị thương tăng 2,6%.",
             comparisons: ["52 vụ": ["changeOnPrevious -7.1"], "31 người": ["changeOnPrevious -3.1"], "40 người": ["changeOnPrevious 2.6"]]),
        // An item after the figure on another subject (`trong đó`, `riêng`, a cause after `do`) compares
        // its own subject, not the figure; what a share is of may come before its verb.
        Case(sentence: "Tổng thu ngân sách ước 1.186 tỷ đồng, giảm 6,4%, nguyên nhân chủ yếu do thu tiền sử dụng đất chỉ đạt 62% dự toán.",
             comparisons: ["1.186 tỷ đồng": ["changeOnPrevious -6.4"]]),
        Case(sentence: "Tổng thu ngân sách ước 1.186 tỷ đồng, trong đó thu tiền sử dụng đất đạt 62% dự toán.",
             comparisons: ["1.186 tỷ đồng": []]),
        Case(sentence: "Giá trị sản xuất ước 912 tỷ đồng, riêng quý IV tăng 8,1%.", comparisons: ["912 tỷ đồng": []]),
        // The other subject may name several things, each after a comma; an item opening on a verb is the figure's again.
        Case(sentence: "Tăng trưởng kinh tế ước đạt 6,2% so với cùng kỳ, trong đó khu vực nông, lâm nghiệp tăng 3,1%.",
             comparisons: ["6,2%": []]),
        Case(sentence: "Tổng thu ngân sách ước 1.186 tỷ đồng, trong đó chủ yếu từ thu tiền sử dụng đất, tăng 4,3%.",
             comparisons: ["1.186 tỷ đồng": ["changeOnPrevious 4.3"]]),
        // A part's share `so với tổng số` is of the whole, not of last year.
        Case(sentence: "Số hộ nghèo còn 1.240 hộ, chiếm 6,02% so với tổng số hộ dân.",
             comparisons: ["1.240 hộ": [], "6,02%": []]),
        // Past a closed bracket, the figure before it is compared where it can be; a goal named before the bracket closed is another's.
        Case(sentence: "Tổng thu ngân sách ước 1.186,4 tỷ đồng (trong đó thu tiền sử dụng đất 612 tỷ đồng), đạt 103,2% dự toán, tăng 4,3%.",
             comparisons: ["1.186,4 tỷ đồng": ["percentOfEstimate 103.2", "changeOnPrevious 4.3"], "612 tỷ đồng": []]),
        Case(sentence: "Tỷ lệ trường đạt chuẩn quốc gia 86,4% (38/44 trường), tăng 2 trường so với năm học trước.",
             comparisons: ["86,4%": [], "38/44 trường": ["changeOnPrevious 2"]]),
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,31% (giảm 1,2% so với đầu năm, vượt 0,2% chỉ tiêu kế hoạch), tỷ lệ hộ cận nghèo còn 4,12%.",
             comparisons: ["2,31%": ["changeOnPrevious -1.2", "exceedsPlanBy 0.2"], "4,12%": []]),
        Case(sentence: "Tổng thu ngân sách ước 1.186 tỷ đồng, so với dự toán đạt 91,5%.",
             comparisons: ["1.186 tỷ đồng": ["percentOfEstimate 91.5"]]),
        // Last year's figure in brackets after `CK`, as lists abbreviate cùng kỳ.
        Case(sentence: "Xảy ra 03 vụ vi phạm pháp luật về trật tự xã hội (CK 05 vụ).", comparisons: ["03 vụ": ["previousValue 5"]]),
        // `đạt` and a bare share right after an amount of money is how far it reached its plan.
        Case(sentence: "Đến 30/9 đã giải ngân 188.400 triệu đồng, đạt 61,2%.", comparisons: ["188.400 triệu đồng": ["percentOfPlan 61.2"]]),
        // `NQ` alone after a share is the plan the council's resolution set, as `KH` is.
        Case(sentence: "Tổng vốn đầu tư toàn xã hội ước đạt 2.140 tỷ đồng, bằng 104% NQ.", comparisons: ["2.140 tỷ đồng": ["percentOfPlan 104"]]),
        // `CK` alone after a share is last year, as `KH` is the plan; a `;` inside the bracket parts its items, not the clause.
        Case(sentence: "- Thu ngân sách xã: 6,4/5,8 tỷ đồng (110% KH; 104% CK).",
             comparisons: ["6,4/5,8 tỷ đồng": ["percentOfPlan 110", "percentOfPrevious 104"]]),
        // The plan's figure in brackets after its name and who set it.
        Case(sentence: "Tổng thu ngân sách ước thực hiện 124,5 tỷ đồng, đạt 103,8% dự toán HĐND giao (120 tỷ đồng).",
             comparisons: ["124,5 tỷ đồng": ["percentOfEstimate 103.8", "target 120"]]),
        Case(sentence: "Sản lượng lương thực 21.300 tấn, đạt 101,4% KH UBND huyện giao (21.000 tấn).",
             comparisons: ["21.300 tấn": ["percentOfPlan 101.4", "target 21000"]]),
        // … and after the plan's, past a `;` in the bracket.
        Case(sentence: "- Tổng thu ngân sách: 45,2 tỷ đồng (KH: 40 tỷ đồng; CK: 38,6 tỷ đồng).",
             comparisons: ["45,2 tỷ đồng": ["target 40", "previousValue 38.6"]]),
        // A budget's estimate stated beside what was done, after a slash or before it, is its plan.
        Case(sentence: "Thu ngân sách trên địa bàn ước 538,6 tỷ đồng/dự toán 480 tỷ đồng.", comparisons: ["538,6 tỷ đồng": ["target 480"]]),
        Case(sentence: "Tổng chi ngân sách: dự toán 1.720 tỷ đồng, ước thực hiện 1.812 tỷ đồng, đạt 105,3%.",
             comparisons: ["1.812 tỷ đồng": ["target 1720", "percentOfPlan 105.3"]]),
        // A change said first, with nothing before it to be of, is the change of the level it brought.
        Case(sentence: "Doanh thu du lịch tăng 15% so với cùng kỳ, đạt 1.200 tỷ đồng.", comparisons: ["1.200 tỷ đồng": ["changeOnPrevious 15"]]),
        Case(sentence: "Số vụ tai nạn giao thông giảm 3 vụ so với năm 2025, còn 12 vụ.", comparisons: ["12 vụ": ["changeOnPrevious -3"]]),
        Case(sentence: "Lượng khách tăng gấp 1,4 lần so với năm trước, ước đạt 1,26 triệu lượt.",
             comparisons: ["1,26 triệu lượt": ["percentOfPrevious 140"]]),
        Case(sentence: "Doanh thu tăng 15% so với cùng kỳ, đạt 102% kế hoạch.", comparisons: [:]),
        // A rate's change in percent, then the rate it moved to, takes the plan's change set beside it.
        Case(sentence: "(4) Tỷ lệ hộ nghèo: KH giảm 1,5%; ƯTH giảm 1,62%, còn 3,05%, đạt.",
             comparisons: ["3,05%": ["changeOnPrevious -1.62", "changeTarget -1.5"]]),
        // A target stated first, what was done after `Thực hiện:` and the verdict after `Đánh giá:`, one statement.
        Case(sentence: "Chỉ tiêu 2: Thu ngân sách trên địa bàn 52 tỷ đồng. Thực hiện: 49,6 tỷ đồng, đạt 95,4%. Đánh giá: Không đạt.",
             comparisons: ["49,6 tỷ đồng": ["percentOfPlan 95.4", "target 52"]]),
        Case(sentence: "Chỉ tiêu 4: Trồng rừng mới 900 ha. Thực hiện: 942 ha. Đánh giá: Vượt.", comparisons: ["942 ha": ["target 900"]]),
        // The change said as its equivalent after the level is the change itself.
        Case(sentence: "Tỷ lệ hộ nghèo hiện còn 6,12% (tương đương mức giảm 1,9%).", comparisons: ["6,12%": ["changeOnPrevious -1.9"]]),
        // A resolution's target is a plan; the word of approximation does not hide the verb.
        Case(sentence: "Doanh thu du lịch ước đạt 415 tỷ đồng, vượt hơn 6% so với nghị quyết.",
             comparisons: ["415 tỷ đồng": ["exceedsPlanBy 6"]]),
        Case(sentence: "Giá trị sản xuất đạt 920 tỷ đồng, tăng hơn 12% so với năm 2024.",
             comparisons: ["920 tỷ đồng": ["changeOnPrevious 12"]]),
        Case(sentence: "Doanh thu bán lẻ đạt 1.250 tỷ đồng, đạt 98% nghị quyết HĐND huyện.",
             comparisons: ["1.250 tỷ đồng": ["percentOfPlan 98"]]),
        // `vượt` with last year is a rise, not a share of it.
        Case(sentence: "Sản lượng đạt 3.400 tấn, vượt 7% so với cùng kỳ.",
             comparisons: ["3.400 tấn": ["changeOnPrevious 7"]]),
        // A clause that opens on `so với` compares the clause before it, each change
        // the figure it names alike.
        Case(sentence: "Xảy ra 9 vụ tai nạn giao thông làm 4 người chết, 7 người bị thương; so với cùng kỳ giảm 2 vụ, giảm 1 người chết.",
             comparisons: ["9 vụ": ["changeOnPrevious -2"], "4 người": ["changeOnPrevious -1"], "7 người": []]),
        // … as lists abbreviate it (`CK`, cùng kỳ).
        Case(sentence: "TNGT xảy ra 7 vụ, làm chết 3 người; so CK giảm 2 vụ, giảm 1 người chết.",
             comparisons: ["7 vụ": ["changeOnPrevious -2"], "3 người": ["changeOnPrevious -1"]]),
        // A clause opening on its changes' verbs, naming last year at the end, compares the clause before.
        Case(sentence: "Tai nạn giao thông xảy ra 14 vụ, chết 11 người; giảm 3 vụ, giảm 2 người chết so với năm 2025.",
             comparisons: ["14 vụ": ["changeOnPrevious -3"], "11 người": ["changeOnPrevious -2"]]),
        // … and so does a sentence that opens on it.
        Case(sentence: "Tai nạn giao thông xảy ra 14 vụ, làm chết 9 người. So với cùng kỳ giảm 3 vụ, giảm 2 người chết.",
             comparisons: ["14 vụ": ["changeOnPrevious -3"], "9 người": ["changeOnPrevious -2"]]),
        // … as does one that opens on a comparison with the plan, or a share of last year's.
        Case(sentence: "Thu ngân sách trên địa bàn ước đạt 405,2 tỷ đồng. So với dự toán tỉnh giao đạt 103,9%, so với cùng kỳ tăng 8,2%.",
             comparisons: ["405,2 tỷ đồng": ["percentOfProvinceEstimate 103.9", "changeOnPrevious 8.2"]]),
        Case(sentence: "Doanh thu du lịch đạt 120 tỷ đồng. So với cùng kỳ bằng 108%.",
             comparisons: ["120 tỷ đồng": ["percentOfPrevious 108"]]),
        // The deaths said otherwise (`thiệt mạng`, `tử vong`) are those a change of `người chết` is of.
        Case(sentence: "Xảy ra 11 vụ tai nạn giao thông, làm 8 người thiệt mạng, 9 người bị thương; so với năm 2025 giảm 4 vụ, "
                 + "giảm 2 người chết, giảm 5 người bị thương.",
             comparisons: ["11 vụ": ["changeOnPrevious -4"], "8 người": ["changeOnPrevious -2"], "9 người": ["changeOnPrevious -5"]]),
        Case(sentence: "TNGT xảy ra 6 vụ, 4 người tử vong, 3 người bị thương; so cùng kỳ tăng 1 người chết, giảm 2 người bị thương.",
             comparisons: ["6 vụ": [], "4 người": ["changeOnPrevious 1"], "3 người": ["changeOnPrevious -2"]]),
        // A change in the count's own unit may name its count before its verb, as one in percent may.
        Case(sentence: "Xảy ra 16 vụ tai nạn giao thông, làm chết 7 người, bị thương 13 người; so với cùng kỳ năm trước số vụ giảm 3 vụ, "
                 + "số người chết giảm 2 người, số người bị thương tăng 1 người.",
             comparisons: ["16 vụ": ["changeOnPrevious -3"], "7 người": ["changeOnPrevious -2"], "13 người": ["changeOnPrevious 1"]]),
        // A bracket closing the clause before holds parts: the changes after it are of the figures before it.
        Case(sentence: "Xảy ra 12 vụ tai nạn giao thông, làm chết 7 người (trong đó 01 vụ đặc biệt nghiêm trọng làm chết 3 người); "
                 + "so với năm trước giảm 4 vụ, giảm 2 người chết.",
             comparisons: ["12 vụ": ["changeOnPrevious -4"], "7 người": ["changeOnPrevious -2"], "01 vụ": [], "3 người": []]),
        // Of a sentence read with the one before, the changes are the months' figures', not the month's.
        Case(sentence: "Trong tháng xảy ra 2 vụ tai nạn giao thông làm 1 người chết. Tính chung 9 tháng, xảy ra 13 vụ, làm chết 8 người; "
                 + "so với cùng kỳ giảm 3 vụ, giảm 2 người chết.",
             comparisons: ["2 vụ": [], "1 người": [], "13 vụ": ["changeOnPrevious -3"], "8 người": ["changeOnPrevious -2"]]),
        // A `so với` that names a plan is another figure's comparison, no year's for the change after it.
        Case(sentence: "Thu nhập đạt 71 triệu đồng, vượt 4% so với nghị quyết, tỷ lệ hộ nghèo giảm 0,37%.",
             comparisons: ["71 triệu đồng": ["exceedsPlanBy 4"], "0,37%": []]),
        // … or on `so năm trước`, as reports of the south write it.
        Case(sentence: "Tai nạn giao thông 21 vụ, chết 17 người; so năm trước giảm 4 vụ, giảm 3 người chết.",
             comparisons: ["21 vụ": ["changeOnPrevious -4"], "17 người": ["changeOnPrevious -3"]]),
        // A budget's estimate as lists abbreviate it (`DT`, dự toán), and `DT` of an area, which is no plan.
        Case(sentence: "Thu NSNN ước đạt 86,2 tỷ đồng, đạt 112% DT huyện giao.",
             comparisons: ["86,2 tỷ đồng": ["percentOfEstimate 112"]]),
        Case(sentence: "Thu NSNN ước đạt 86,2 tỷ đồng, vượt 12% DT.", comparisons: ["86,2 tỷ đồng": ["exceedsPlanBy 12"]]),
        Case(sentence: "Rừng trồng đạt 4.120 ha, bằng 61% DT tự nhiên.", comparisons: ["4.120 ha": [], "61%": []]),
        Case(sentence: "Xảy ra 24 vụ tai nạn giao thông, làm chết 11 người, bị thương 19 người; so với năm 2024 giảm 5 vụ, giảm 3 người chết, tăng 2 người bị thương.",
             comparisons: ["24 vụ": ["changeOnPrevious -5"], "11 người": ["changeOnPrevious -3"], "19 người": ["changeOnPrevious 2"]]),
        // A change that names its figure's noun (`về số doanh nghiệp`) is that figure's, not the nearest one's.
        Case(sentence: "Có 1.046 doanh nghiệp thành lập mới với tổng vốn đăng ký 12.400 tỷ đồng, tăng 12,3% về số doanh nghiệp.",
             comparisons: ["1.046 doanh nghiệp": ["changeOnPrevious 12.3"], "12.400 tỷ đồng": []]),
        Case(sentence: "Có 1.046 doanh nghiệp thành lập mới với tổng vốn đăng ký 12.400 tỷ đồng, tăng 8,1%.",
             comparisons: ["1.046 doanh nghiệp": [], "12.400 tỷ đồng": ["changeOnPrevious 8.1"]]),
        // A change said again in percent, in brackets with its sign or after `tương đương`, is the same change.
        // A figure after `và` right after a change, with only that change's noun between, shares its verb.
        Case(sentence: "Tai nạn giao thông xảy ra 9 vụ, làm chết 5 người, bị thương 7 người; so với cùng kỳ giảm 1 người chết và 2 người bị thương.",
             comparisons: ["9 vụ": [], "5 người": ["changeOnPrevious -1"], "7 người": ["changeOnPrevious -2"]]),
        // … or its amount after a change in percent, in the figure's measure.
        Case(sentence: "Thu nhập bình quân đầu người đạt 74 triệu đồng (tăng 8,2% tương đương 5,6 triệu đồng).",
             comparisons: ["74 triệu đồng": ["changeOnPrevious 8.2", "changeOnPrevious 5.6"]]),
        Case(sentence: "Phạm pháp hình sự xảy ra 11 vụ, giảm 3 vụ (-21,4%) so với cùng kỳ; tỷ lệ điều tra khám phá đạt 90,9%.",
             comparisons: ["11 vụ": ["changeOnPrevious -3", "changeOnPrevious -21.4"], "90,9%": []]),
        Case(sentence: "Cháy xảy ra 4 vụ (tăng 1 vụ, tương đương 33,3%).",
             comparisons: ["4 vụ": ["changeOnPrevious 1", "changeOnPrevious 33.3"]]),
        // … in brackets after the change's noun, or with its verb again; a verb of the other way is no restatement.
        Case(sentence: "Tai nạn giao thông xảy ra 21 vụ, làm chết 12 người, bị thương 9 người; so với cùng kỳ giảm 4 vụ (giảm 16%), tăng 3 người bị thương (+50%).",
             comparisons: ["21 vụ": ["changeOnPrevious -4", "changeOnPrevious -16"], "12 người": [],
                           "9 người": ["changeOnPrevious 3", "changeOnPrevious 50"]]),
        Case(sentence: "Cháy nổ xảy ra 6 vụ, giảm 2 vụ (tăng 40% số thiệt hại).", comparisons: ["6 vụ": ["changeOnPrevious -2"], "40%": []]),
        // A comparative is the change it says, its `hơn` no approximation, `cùng kỳ` before or after its number.
        Case(sentence: "Tỷ lệ tham gia bảo hiểm y tế đạt 90,2%, thấp hơn cùng kỳ 1,4%.",
             comparisons: ["90,2%": ["changeOnPrevious -1.4"]]),
        Case(sentence: "Thu ngân sách đạt 41 tỷ đồng, cao hơn 3,5 tỷ đồng so với cùng kỳ.",
             comparisons: ["41 tỷ đồng": ["changeOnPrevious 3.5"]]),
        Case(sentence: "Xảy ra 19 vụ phạm pháp hình sự, ít hơn năm trước 4 vụ.", comparisons: ["19 vụ": ["changeOnPrevious -4"]]),
        Case(sentence: "Tạo việc làm cho 920 người, nhiều hơn cùng kỳ 35 người.", comparisons: ["920 người": ["changeOnPrevious 35"]]),
        // A clause that opens on a change's verb goes on with the figure before it, unless it names what changed.
        Case(sentence: "Tỷ lệ hộ nghèo ước còn 3,8%; giảm 0,9 điểm % so đầu năm.", comparisons: ["3,8%": ["changeOnPrevious -0.9"]]),
        Case(sentence: "Tỷ lệ tốt nghiệp đạt 99,5%; giảm 10% số vụ tai nạn giao thông.", comparisons: ["99,5%": [], "10%": []]),
        // A share of the economy's product is said of the figure before it, whose change follows.
        Case(sentence: "Tổng vốn đầu tư toàn xã hội đạt 41.200 tỷ đồng, bằng 41,8% GRDP, tăng 11,3% so với năm 2024.",
             comparisons: ["41.200 tỷ đồng": ["changeOnPrevious 11.3"], "41,8%": []]),
        // A count and its rate in brackets moved together: each from its own.
        Case(sentence: "Số hộ nghèo giảm từ 1.200 hộ (3,2%) xuống còn 980 hộ (2,6%).",
             comparisons: ["980 hộ": ["previousValue 1200"], "2,6%": ["previousValue 3.2"]]),
        // A share of plan after `của` and its owners is the figure's they own, not theirs.
        Case(sentence: "Đã thu hồi 38,4 ha đất của 276 hộ, đạt 81% kế hoạch.",
             comparisons: ["38,4 ha": ["percentOfPlan 81"], "276 hộ": []]),
        // A share of last year's level is of last year.
        Case(sentence: "Kim ngạch xuất khẩu đạt 84,6 triệu USD, chỉ bằng 92% mức của năm trước.",
             comparisons: ["84,6 triệu USD": ["percentOfPrevious 92"]]),
        // A rise in money right after an amount per year is that amount's.
        Case(sentence: "Thu nhập bình quân đầu người đạt 71 triệu đồng/năm, tăng 5 triệu đồng.",
             comparisons: ["71 triệu đồng/năm": ["changeOnPrevious 5"]]),
        // A rise after the figure's share of plan, opening its own item, is the figure's change, not the plan's.
        Case(sentence: "Doanh thu dịch vụ ước đạt 11.820 tỷ đồng, bằng 51,4% kế hoạch, tăng 9,8%.",
             comparisons: ["11.820 tỷ đồng": ["percentOfPlan 51.4", "changeOnPrevious 9.8"]]),
        // A rise or fall set against the budget's estimate is above or below it, not last year.
        Case(sentence: "Thu ngân sách đạt 63 tỷ đồng, tăng 18,5% so với dự toán tỉnh giao.",
             comparisons: ["63 tỷ đồng": ["exceedsPlanBy 18.5"]]),
        // `tăng … lần` is a multiple, as `gấp` is: of last year, named or not.
        Case(sentence: "Đón 96.400 lượt khách, tăng 1,6 lần so với năm trước.", comparisons: ["96.400 lượt khách": ["percentOfPrevious 160"]]),
        Case(sentence: "Khách quốc tế đạt 5.120 lượt (tăng 3 lần).", comparisons: ["5.120 lượt": ["percentOfPrevious 300"]]),
        // A change's verb alone after the comma that closes the figure and its noun is the figure's change;
        // another noun before the verb makes it another figure's.
        Case(sentence: "Đón 86 nghìn lượt khách du lịch, tăng 7,5%; xảy ra 9 vụ phạm pháp hình sự, giảm 2 vụ; "
                 + "thu ngân sách đạt 41 tỷ đồng, chi thường xuyên giảm 3 tỷ đồng.",
             comparisons: ["86 nghìn lượt khách": ["changeOnPrevious 7.5"], "9 vụ": ["changeOnPrevious -2"], "41 tỷ đồng": [],
                           "3 tỷ đồng": []]),
        // `vượt` and the plan or estimate named, with who set it, before a percentage: the excess, no target.
        Case(sentence: "Tỷ lệ tham gia BHYT đạt 94,8%, vượt chỉ tiêu tỉnh giao 0,8%.", comparisons: ["94,8%": ["exceedsPlanBy 0.8"]]),
        Case(sentence: "Thu ngân sách đạt 52 tỷ đồng, vượt dự toán 14%.", comparisons: ["52 tỷ đồng": ["exceedsPlanBy 14"]]),
        // … and in brackets after the plan set (`đề ra`), the plan.
        Case(sentence: "Tốc độ tăng trưởng ước đạt 9,1%, vượt kế hoạch đề ra (9%).", comparisons: ["9,1%": ["target 9"]]),
        // A sign alone before a figure, right after another, is its change (`-7 vụ`, `+9,6% so CK`).
        Case(sentence: "Phạm pháp hình sự xảy ra 64 vụ (-7 vụ); khách du lịch đạt 1,3 triệu lượt (+9,6% so CK).",
             comparisons: ["64 vụ": ["changeOnPrevious -7"], "1,3 triệu lượt": ["changeOnPrevious 9.6"]]),
        // … or after a label of last year, or opening an item after another item's words.
        Case(sentence: "Tai nạn giao thông 5 vụ, chết 2 người, bị thương 4 người (so với cùng kỳ: -2 vụ, = số người chết, +1 người bị thương).",
             comparisons: ["5 vụ": ["changeOnPrevious -2"], "2 người": ["changeOnPrevious 0"], "4 người": ["changeOnPrevious 1"]]),
        // A sign after a label's colon is the figure's own, and its text holds it.
        Case(sentence: "Tỷ lệ tăng dân số tự nhiên: -0,2%.", comparisons: ["-0,2%": []]),
        // A plan's level said with its verb (`giảm còn`, `là`) is the plan the figure is set against.
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,6% (kế hoạch giảm còn 2,3%).", comparisons: ["2,6%": ["target 2.3"]]),
        Case(sentence: "Tỷ lệ trường đạt chuẩn 64% (KH là 70%).", comparisons: ["64%": ["target 70"]]),
        // … or with the words that say it was set (`đề ra`, `giao`), a change the plan asked for.
        Case(sentence: "Tỷ lệ tham gia BHYT 93,2% (kế hoạch giao 95%).", comparisons: ["93,2%": ["target 95"]]),
        Case(sentence: "Giá trị sản xuất ước đạt 2.410 tỷ đồng, tăng 6,2% so với năm 2024, chưa đạt kế hoạch đề ra (tăng 7%).",
             comparisons: ["2.410 tỷ đồng": ["changeOnPrevious 6.2", "changeTarget 7"]]),
        // A multiple right before last year, with no `so với`, is of last year.
        Case(sentence: "Doanh thu du lịch đạt 52 tỷ đồng, gấp 1,4 lần năm 2024.", comparisons: ["52 tỷ đồng": ["percentOfPrevious 140"]]),
        // A share of plan in brackets that open on last year is last year's by the same time, not this year's.
        Case(sentence: "Giải ngân vốn đầu tư công ước đạt 1.960 tỷ đồng, đạt 36,4% kế hoạch (cùng kỳ năm trước đạt 30,2% kế hoạch).",
             comparisons: ["1.960 tỷ đồng": ["percentOfPlan 36.4", "percentOfPlanLastYear 30.2"]]),
        // `vượt` alone right after a level is past the plan, a rate's as any other's.
        Case(sentence: "Tỷ lệ tham gia BHYT đạt 95,2%, vượt 0,7%.", comparisons: ["95,2%": ["exceedsPlanBy 0.7"]]),
        Case(sentence: "Doanh thu dịch vụ đạt 74 tỷ đồng, vượt 9%.", comparisons: ["74 tỷ đồng": ["exceedsPlanBy 9"]]),
        // A plan named by the council that set it alone (`xã giao`, `huyện giao`).
        Case(sentence: "Thu ngân sách đạt 9,8 tỷ đồng, bằng 121,5% xã giao.", comparisons: ["9,8 tỷ đồng": ["percentOfPlan 121.5"]]),
        Case(sentence: "Giải ngân đạt 14,2 tỷ đồng, vượt 6% huyện giao.", comparisons: ["14,2 tỷ đồng": ["exceedsPlanBy 6"]]),
        // A share set against the plan as lists abbreviate it.
        Case(sentence: "Thu ngân sách đạt 86 tỷ đồng, chỉ đạt 91,5% so với KH năm.",
             comparisons: ["86 tỷ đồng": ["percentOfPlan 91.5"]]),
        // A share of the month before is no share of last year. (A month named, `tháng 7`, would make the figure that
        // month's in the year's report these sentences stand in.)
        Case(sentence: "Doanh thu bán lẻ trong tháng đạt 1.180 tỷ đồng, bằng 101,6% so với tháng trước và bằng 110,4% so với cùng kỳ.",
             comparisons: ["1.180 tỷ đồng": ["percentOfPriorPeriod 101.6", "percentOfPrevious 110.4"]]),
        // A change on the month or quarter before is no change on last year.
        Case(sentence: "Doanh thu bán lẻ trong tháng ước đạt 1.245 tỷ đồng, tăng 1,8% so với tháng trước và tăng 11,2% so với cùng kỳ.",
             comparisons: ["1.245 tỷ đồng": ["changeOnPriorPeriod 1.8", "changeOnPrevious 11.2"]]),
        // (A quarter named before its figure makes it the quarter's in a year's report: DatedFigureTests.)
        Case(sentence: "Lượng khách đạt 86.500 lượt, giảm 4% so với quý II, tăng 9% so với cùng quý năm trước.",
             comparisons: ["86.500 lượt": ["changeOnPriorPeriod -4", "changeOnPrevious 9"]]),
        // A change said before the level it brought the figure to.
        Case(sentence: "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm 1,5%, còn 3,2%.",
             comparisons: ["3,2%": ["changeOnPrevious -1.5"]]),
        Case(sentence: "Số hộ cận nghèo tăng 40 hộ, lên 1.320 hộ.",
             comparisons: ["1.320 hộ": ["changeOnPrevious 40"]]),
        // A rate's change in percentage points, after its level or before it.
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,5%, giảm 0,8 điểm phần trăm.", comparisons: ["2,5%": ["changeOnPrevious -0.8"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm 0,8 điểm %, còn 2,5%.", comparisons: ["2,5%": ["changeOnPrevious -0.8"]]),
        // The months a figure covers are its period, not a figure the change after them is of.
        Case(sentence: "Giá trị sản xuất công nghiệp 9 tháng đạt 1.420 tỷ đồng, tăng 8,1% so với cùng kỳ.",
             comparisons: ["1.420 tỷ đồng": ["changeOnPrevious 8.1"]]),
        Case(sentence: "Kim ngạch xuất khẩu 6 tháng đầu năm đạt 96 triệu USD, bằng 48% kế hoạch.",
             comparisons: ["96 triệu USD": ["percentOfPlan 48"]]),
        // A plan of the province and one of the district's council, each its own.
        Case(sentence: "Thu ngân sách được 48,6 tỷ đồng, đạt 52,3% kế hoạch tỉnh giao, đạt 49,8% kế hoạch HĐND huyện giao.",
             comparisons: ["48,6 tỷ đồng": ["percentOfProvinceEstimate 52.3", "percentOfPlan 49.8"]]),
        // Where a figure moved from is not a figure of the year.
        Case(sentence: "Tỷ lệ hộ nghèo giảm từ 4,8% xuống còn 3,5%.", comparisons: ["3,5%": ["previousValue 4.8"]]),
        Case(sentence: "Thu nhập bình quân đầu người tăng từ 42 triệu đồng lên 46,5 triệu đồng.",
             comparisons: ["46,5 triệu đồng": ["previousValue 42"]]),
        // … with the time of the first and a verb between them, and the year's start beside its end.
        Case(sentence: "Tỷ lệ hộ nghèo từ 4,2% đầu năm giảm xuống còn 2,9% cuối năm.", comparisons: ["2,9%": ["previousValue 4.2"]]),
        Case(sentence: "Số hộ nghèo từ 245 hộ giảm còn 168 hộ.", comparisons: ["168 hộ": ["previousValue 245"]]),
        // A bracket opened right after last year's name holds last year's figure, whatever verb came before.
        Case(sentence: "Tăng trưởng kinh tế ước đạt 9,1%, cao hơn cùng kỳ (8,05%).", comparisons: ["9,1%": ["previousValue 8.05"]]),
        Case(sentence: "Xảy ra 12 vụ tai nạn giao thông, giảm so với năm trước (15 vụ).", comparisons: ["12 vụ": ["previousValue 15"]]),
        // A bracket of last year's figures: each is the one its words name.
        Case(sentence: "Tai nạn giao thông xảy ra 7 vụ, chết 5 người, bị thương 4 người (cùng kỳ: 9 vụ, chết 6 người, bị thương 2 người).",
             comparisons: ["7 vụ": ["previousValue 9"], "5 người": ["previousValue 6"], "4 người": ["previousValue 2"]]),
        Case(sentence: "Số xã đạt chuẩn là 12 xã, tăng lên 14 xã.", comparisons: ["14 xã": ["previousValue 12"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm 0,5%, xuống còn 3,05%.", comparisons: ["3,05%": ["changeOnPrevious -0.5"]]),
        Case(sentence: "Số hộ nghèo đầu năm 245 hộ, cuối năm còn 168 hộ.", comparisons: ["168 hộ": ["previousValue 245"]]),
        Case(sentence: "Đầu năm toàn xã có 245 hộ nghèo, đến cuối năm còn 168 hộ.", comparisons: ["168 hộ": ["previousValue 245"]]),
        // … and where it moved from in a year before last is not last year's figure.
        Case(sentence: "Tỷ lệ hộ nghèo đa chiều giảm từ 6,1% năm 2021 xuống còn 2,4% năm 2025.",
             comparisons: ["2,4%": ["earlierValue 6.1"]]),
        Case(sentence: "Tỷ lệ hộ nghèo giảm từ 3,3% (năm 2024) xuống còn 2,4% năm 2025.",
             comparisons: ["2,4%": ["previousValue 3.3"]]),
        // A resolution's figure in brackets is the target.
        Case(sentence: "Tốc độ tăng giá trị sản xuất đạt 9,1% (nghị quyết 9%).", comparisons: ["9,1%": ["target 9"]]),
        Case(sentence: "Tỷ lệ lao động qua đào tạo đạt 68%, KH: 70%.", comparisons: ["68%": ["target 70"]]),
        Case(sentence: "+ Trồng rừng: 215 ha (KH năm: 400 ha).", comparisons: ["215 ha": ["target 400"]]),
        // A bare share right after the plan stated is of that plan.
        Case(sentence: "Thu NSNN thực hiện 212 tỷ đồng/KH 180 tỷ đồng, đạt 117,8%.",
             comparisons: ["212 tỷ đồng": ["target 180", "percentOfPlan 117.8"]]),
        Case(sentence: "(2) Thu ngân sách trên địa bàn: KH 320 tỷ đồng, ƯTH 341,5 tỷ đồng, đạt 106,7%.",
             comparisons: ["341,5 tỷ đồng": ["target 320", "percentOfPlan 106.7"]]),
        // The plan after a slash, and a verdict after a dash, as a list of main targets writes them.
        Case(sentence: "(2) Tổng sản lượng lương thực có hạt 21.300 tấn/KH 21.000 tấn - Vượt.", comparisons: ["21.300 tấn": ["target 21000"]]),
        Case(sentence: "(1) Tốc độ tăng giá trị sản xuất 8,2%, KH 8% - Đạt.", comparisons: ["8,2%": ["target 8"]]),
        Case(sentence: "Giá trị sản xuất công nghiệp ước đạt 4.815,3 tỷ đồng (kế hoạch 4.600 tỷ đồng).",
             comparisons: ["4.815,3 tỷ đồng": ["target 4600"]]),
        // Last year as lists abbreviate it.
        Case(sentence: "Lượt khách đạt 86.400 lượt, tăng 12,1% so CK.", comparisons: ["86.400 lượt": ["changeOnPrevious 12.1"]]),
        Case(sentence: "Doanh thu du lịch 52 tỷ đồng, bằng 108% so năm 2024.", comparisons: ["52 tỷ đồng": ["percentOfPrevious 108"]]),
        // Above or below the plan, not last year; a share glued to `KH`.
        Case(sentence: "Tốc độ tăng giá trị sản xuất ước đạt 10,2% (tăng 0,4% so với kế hoạch).",
             comparisons: ["10,2%": ["exceedsPlanBy 0.4"]]),
        Case(sentence: "Tỷ lệ lao động qua đào tạo đạt 63,5%, giảm 1,5% so với chỉ tiêu.", comparisons: ["63,5%": ["exceedsPlanBy -1.5"]]),
        Case(sentence: "Giá trị sản xuất CN-TTCN đạt 1.840 tỷ đồng, đạt 72,6%KH.", comparisons: ["1.840 tỷ đồng": ["percentOfPlan 72.6"]]),
        // A goal beside a value, and a change that leaves out what a rate is per.
        Case(sentence: "Thu nhập bình quân đầu người đạt 90,2 triệu đồng/người/năm (mục tiêu 88 triệu đồng).",
             comparisons: ["90,2 triệu đồng/người/năm": ["target 88"]]),
        Case(sentence: "Thu nhập bình quân đầu người ước đạt 54,6 triệu đồng/người/năm, tăng 4,9 triệu đồng so với năm 2024.",
             comparisons: ["54,6 triệu đồng/người/năm": ["changeOnPrevious 4.9"]]),
        Case(sentence: "Trồng rừng tập trung 385 ha (chỉ tiêu 400 ha).", comparisons: ["385 ha": ["target 400"]]),
        // A multiple is a share.
        Case(sentence: "Doanh thu du lịch đạt 1,2 nghìn tỷ đồng, gấp 1,5 lần so với cùng kỳ.",
             comparisons: ["1,2 nghìn tỷ đồng": ["percentOfPrevious 150"]]),
        Case(sentence: "Thu hút 36 dự án, bằng 1,2 lần kế hoạch.", comparisons: ["36 dự án": ["percentOfPlan 120"]]),
        Case(sentence: "Lượt khách đạt 86.400 lượt, bằng 1,2 lần năm trước.", comparisons: ["86.400 lượt": ["percentOfPrevious 120"]]),
        Case(sentence: "Sản lượng thủy sản đạt 1.240 tấn, bằng 97% năm 2024.", comparisons: ["1.240 tấn": ["percentOfPrevious 97"]]),
        // Without `so với`, a rise in the results is a change standing alone (no figure of its own), unless it
        // follows a level with its verb alone.
        Case(sentence: "Giá trị sản xuất công nghiệp tăng 8,4%.", comparisons: [:]),
        Case(sentence: "Tổng mức bán lẻ hàng hóa ước đạt 5.420 tỷ đồng, tăng 11,6%.", comparisons: ["5.420 tỷ đồng": ["changeOnPrevious 11.6"]]),
        // … in percent or in the level's own measure; a count of another noun is a figure of its own.
        Case(sentence: "Phạm pháp hình sự xảy ra 11 vụ, giảm 3 vụ.", comparisons: ["11 vụ": ["changeOnPrevious -3"]]),
        Case(sentence: "Tổng đàn gia cầm 215.000 con, tăng 4.000 con.", comparisons: ["215.000 con": ["changeOnPrevious 4000"]]),
        Case(sentence: "Tiếp nhận 92 đơn, giảm 4 vụ việc.", comparisons: ["92 đơn": [], "4 vụ việc": []]),
        // A rise or fall in a unit set against the plan is above or below it.
        Case(sentence: "Trồng rừng tập trung 320 ha, giảm 30 ha so với kế hoạch.", comparisons: ["320 ha": ["exceedsPlanBy -30"]]),
        Case(sentence: "Tỷ lệ hộ nghèo còn 4,95% (giảm 1,47%, kế hoạch giảm 1,2%).",
             comparisons: ["4,95%": ["changeOnPrevious -1.47", "changeTarget -1.2"]]),
        // An aim's fall is no change of the level before it, but a target (no figure of the results).
        Case(sentence: "Tỷ lệ hộ nghèo còn 2,1%, năm 2026 phấn đấu giảm 0,6%.", comparisons: ["2,1%": []]),
        // After `vượt` and the plan's name: the plan in brackets or near the figure, else the excess.
        Case(sentence: "Tỷ lệ trường đạt chuẩn quốc gia đạt 83,2%, vượt chỉ tiêu Nghị quyết (82%).", comparisons: ["83,2%": ["target 82"]]),
        Case(sentence: "Doanh thu bán lẻ đạt 96%, vượt kế hoạch 90%.", comparisons: ["96%": ["target 90"]]),
        Case(sentence: "Thu ngân sách đạt 520 tỷ đồng, vượt kế hoạch 35 tỷ đồng.", comparisons: ["520 tỷ đồng": ["exceedsPlanBy 35"]]),
        // A budget's estimate is its plan: `vượt` it is an excess, not a share.
        Case(sentence: "Thu ngân sách đạt 68 tỷ đồng, vượt 21,5% dự toán.", comparisons: ["68 tỷ đồng": ["exceedsPlanBy 21.5"]]),
        Case(sentence: "Thu ngân sách được 48,6 tỷ đồng, vượt 8% kế hoạch tỉnh giao.",
             comparisons: ["48,6 tỷ đồng": ["exceedsPlanBy 8"]]),
        // An excess in a unit qualifies its level; a count after `vượt,` is a figure of its own.
        Case(sentence: "Giải quyết việc làm cho 2.140 lao động, vượt 140 lao động.", comparisons: ["2.140 lao động": ["exceedsPlanBy 140"]]),
        Case(sentence: "Có 17 chỉ tiêu đạt và vượt, 02 chỉ tiêu chưa đạt.", comparisons: ["17 chỉ tiêu": [], "02 chỉ tiêu": []]),
        // A count of targets after `vượt` is of the targets exceeded, no excess.
        Case(sentence: "Năm 2025 thực hiện đạt 16 chỉ tiêu, vượt kế hoạch 3 chỉ tiêu.", comparisons: ["16 chỉ tiêu": [], "3 chỉ tiêu": []]),
        Case(sentence: "Xã hoàn thành 15 chỉ tiêu, vượt 4 chỉ tiêu.", comparisons: ["15 chỉ tiêu": [], "4 chỉ tiêu": []]),
        // Last year's figure in brackets beside this year's, not after a change's `so với cùng kỳ`.
        Case(sentence: "Xảy ra 14 vụ phạm pháp hình sự (cùng kỳ năm trước 19 vụ).", comparisons: ["14 vụ": ["previousValue 19"]]),
        Case(sentence: "Tỷ lệ hộ nghèo còn 3,4% (năm trước: 4,1%).", comparisons: ["3,4%": ["previousValue 4.1"]]),
        Case(sentence: "Thu ngân sách đạt 86 tỷ đồng, tăng 12% so với cùng kỳ (năm trước 77 tỷ đồng).",
             comparisons: ["86 tỷ đồng": ["changeOnPrevious 12", "previousValue 77"]]),
        Case(sentence: "Xảy ra 9 vụ cháy, giảm so với cùng kỳ 3 vụ.", comparisons: ["9 vụ": ["changeOnPrevious -3"]]),
        Case(sentence: "Doanh thu dịch vụ đạt 96 tỷ đồng, tăng so với năm 2024 là 12%.", comparisons: ["96 tỷ đồng": ["changeOnPrevious 12"]]),
        // A share of plan before the figure it is of.
        Case(sentence: "Hoàn thành 100% chỉ tiêu giao quân với 132 công dân nhập ngũ.", comparisons: ["132 công dân": ["percentOfPlan 100"]]),
        Case(sentence: "Công tác giao quân đạt 100% chỉ tiêu (96 thanh niên).", comparisons: ["96 thanh niên": ["percentOfPlan 100"]]),
        // A list of main targets gives the plan first, then what was done.
        Case(sentence: "1. Tốc độ tăng giá trị sản xuất: kế hoạch 8%, ước thực hiện 8,3%, đạt kế hoạch.",
             comparisons: ["8,3%": ["target 8"]]),
        Case(sentence: "5. Tỷ lệ trường đạt chuẩn quốc gia: KH 80%, TH 78,5%, chưa đạt.", comparisons: ["78,5%": ["target 80"]]),
        Case(sentence: "Kế hoạch vốn năm 2025 là 512 tỷ đồng, ước giải ngân 430 tỷ đồng.", comparisons: ["512 tỷ đồng": [], "430 tỷ đồng": []]),
        // The plan's change for the change a level made is the level's too.
        Case(sentence: "Tỷ lệ hộ nghèo còn 4,95%, giảm 1,47% so với năm 2024 (KH giảm 1,2%).",
             comparisons: ["4,95%": ["changeOnPrevious -1.47", "changeTarget -1.2"]]),
        // A comparative before the plan's name: the number is the gap to the plan, not the plan.
        Case(sentence: "Thu nhập bình quân đạt 61,5 triệu đồng, thấp hơn chỉ tiêu đề ra 1,5 triệu đồng.",
             comparisons: ["61,5 triệu đồng": ["exceedsPlanBy -1.5"]]),
        Case(sentence: "Thu ngân sách đạt 37,2 tỷ đồng, cao hơn so với dự toán 2,2 tỷ đồng.", comparisons: ["37,2 tỷ đồng": ["exceedsPlanBy 2.2"]]),
        // Last year named at a clause's opening, its subject said again before the verb: last year's figure; a percentage
        // only where the subject names a rate (`cùng kỳ đạt 28,9%` may be last year's share of a plan).
        Case(sentence: "Thu ngân sách đạt 61 tỷ đồng; cùng kỳ năm trước thu ngân sách đạt 55,2 tỷ đồng.", comparisons: ["61 tỷ đồng": ["previousValue 55.2"]]),
        Case(sentence: "Thu ngân sách đạt 61 tỷ đồng (cùng kỳ năm trước thu được 55,2 tỷ đồng).", comparisons: ["61 tỷ đồng": ["previousValue 55.2"]]),
        Case(sentence: "Tỷ lệ hộ nghèo còn 1,9%, cùng kỳ năm trước tỷ lệ này là 2,6%.", comparisons: ["1,9%": ["previousValue 2.6"]]),
        Case(sentence: "Giải ngân đạt 41,2 tỷ đồng; cùng kỳ năm trước đạt 68,4%.", comparisons: ["41,2 tỷ đồng": [], "68,4%": []]),
        // A plan's bound written as a sign, as tables write it, leaves the plan named before it.
        Case(sentence: "Sản lượng lương thực đạt 9.820 tấn (kế hoạch ≥ 9.500 tấn).", comparisons: ["9.820 tấn": ["target 9500"]]),
        Case(sentence: "Tỷ lệ che phủ rừng đạt 61,8% (KH: ≥ 62%).", comparisons: ["61,8%": ["target 62"]]),
        // What a share is of, said after the level and after the plan alike (`dân số`), leaves the plan's figure the target.
        Case(sentence: "Tỷ lệ tham gia bảo hiểm y tế đạt 94,1% dân số (kế hoạch 93,6% dân số).", comparisons: ["94,1%": ["target 93.6"]]),
        Case(sentence: "Tỷ lệ hộ dùng nước hợp vệ sinh đạt 98,2% số hộ (kế hoạch 98% dân số).", comparisons: ["98,2%": [], "98%": []]),
    ]
}
