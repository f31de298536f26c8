import Testing
@testable import FactReading

/// Sentences of ``ComparisonWordingTests`` that list their changes after
/// their figures, each ours: the changes pair with the figures in order.
extension ComparisonWordingTests {
    static let listCases: [Case] = [
        // Changes listed with `tương ứng` or `lần lượt` qualify the figures before them in order.
        Case(sentence: "Xuất khẩu và nhập khẩu đạt 126,4 triệu USD và 48,2 triệu USD, tăng tương ứng 9,5% và 3,1% so với năm 2024.",
             comparisons: ["126,4 triệu USD": ["changeOnPrevious 9.5"], "48,2 triệu USD": ["changeOnPrevious 3.1"]]),
        // The marker may stand by the figures, not by the changes' verb.
        Case(sentence: "Kim ngạch xuất khẩu, nhập khẩu lần lượt đạt 318 triệu USD và 204 triệu USD, tăng 6,7% và 4,2% so với cùng kỳ.",
             comparisons: ["318 triệu USD": ["changeOnPrevious 6.7"], "204 triệu USD": ["changeOnPrevious 4.2"]]),
        Case(sentence: "Tai nạn giao thông xảy ra 14 vụ, làm chết 9 người, bị thương 11 người; so với năm trước lần lượt giảm 3 vụ, 2 người và 4 người.",
             comparisons: ["14 vụ": ["changeOnPrevious -3"], "9 người": ["changeOnPrevious -2"], "11 người": ["changeOnPrevious -4"]]),
        // Unmarked, figures joined by `và` take changes joined alike, in order.
        Case(sentence: "Kim ngạch xuất khẩu và nhập khẩu ước đạt 88,2 triệu USD và 37,5 triệu USD, tăng 7,4% và 4,6%.",
             comparisons: ["88,2 triệu USD": ["changeOnPrevious 7.4"], "37,5 triệu USD": ["changeOnPrevious 4.6"]]),
        // Shares listed alike after the figures, of the plan the last one names.
        Case(sentence: "Tổng thu, chi ngân sách lần lượt đạt 61 tỷ đồng và 54 tỷ đồng, bằng 108% và 94% dự toán.",
             comparisons: ["61 tỷ đồng": ["percentOfEstimate 108"], "54 tỷ đồng": ["percentOfEstimate 94"]]),
        // Unmarked, each change after its own verb: the changes in one count take that count's figures in order,
        // counted from the last, where nothing names them; not all the nearest figure.
        Case(sentence: "Xảy ra 10 vụ tai nạn giao thông, làm chết 6 người, bị thương 5 người (so với cùng kỳ giảm 02 vụ, giảm 01 người, tăng 02 người).",
             comparisons: ["10 vụ": ["changeOnPrevious -2"], "6 người": ["changeOnPrevious -1"], "5 người": ["changeOnPrevious 2"]]),
        Case(sentence: "Tai nạn giao thông làm chết 4 người, bị thương 7 người; so với năm trước giảm 1 người và tăng 3 người.",
             comparisons: ["4 người": ["changeOnPrevious -1"], "7 người": ["changeOnPrevious 3"]]),
        // … past a change said again in percent, and before a change that names its count (`số vụ làm rõ`); in a
        // sentence that only compares, read on with the one before, of that one's figures across its `;`.
        Case(sentence: "Phạm tội về trật tự xã hội xảy ra 41 vụ; điều tra làm rõ 35 vụ. So với năm trước, giảm 4 vụ (-8,9%), số vụ làm rõ tăng 2 vụ.",
             comparisons: ["41 vụ": ["changeOnPrevious -4", "changeOnPrevious -8.9"], "35 vụ": ["changeOnPrevious 2"]]),
        // … and so where each change names its count after it but the figures were named in a list before them.
        Case(sentence: "Số vụ, số người chết, số người bị thương do tai nạn giao thông lần lượt là 12 vụ, 8 người và 9 người; "
                 + "so với năm trước giảm 2 vụ, giảm 3 người chết, tăng 1 người bị thương.",
             comparisons: ["12 vụ": ["changeOnPrevious -2"], "8 người": ["changeOnPrevious -3"], "9 người": ["changeOnPrevious 1"]]),
        // One change alone is the nearest figure's, as before.
        Case(sentence: "Tai nạn giao thông làm chết 4 người, bị thương 7 người, giảm 2 người so với năm trước.",
             comparisons: ["4 người": [], "7 người": ["changeOnPrevious -2"]]),
        // A comparison opening a sentence read on with the one before holds for each clause after it that names
        // its count before the verb; `tương đương` with the verb again restates the change in percent.
        Case(sentence: "Trong năm xảy ra 31 vụ tai nạn giao thông, làm chết 17 người, bị thương 26 người. So với cùng kỳ, số vụ giảm 4 vụ, "
                 + "tương đương giảm 11,4%; số người chết giảm 2 người (giảm 10,5%); số người bị thương tăng 3 người.",
             comparisons: ["31 vụ": ["changeOnPrevious -4", "changeOnPrevious -11.4"], "17 người": ["changeOnPrevious -2", "changeOnPrevious -10.5"],
                           "26 người": ["changeOnPrevious 3"]]),
        // Each figure's noun after it (`8 người chết, 12 người bị thương`): the word closing one item names nothing of the next.
        Case(sentence: "Trong kỳ có 11 vụ tai nạn giao thông, 8 người chết, 12 người bị thương; so với cùng kỳ năm trước, số vụ giảm 2 vụ "
                 + "(-15,4%), số người chết giảm 1 người (-11,1%), số người bị thương tăng 3 người (+33,3%).",
             comparisons: ["11 vụ": ["changeOnPrevious -2", "changeOnPrevious -15.4"], "8 người": ["changeOnPrevious -1", "changeOnPrevious -11.1"],
                           "12 người": ["changeOnPrevious 3", "changeOnPrevious 33.3"]]),
        // A count named in full before the verb: by a word of the figure's written unit and the words after it, or
        // by the words leading to it in its own item.
        Case(sentence: "Đón 9.600 lượt khách quốc tế, 72.000 lượt khách nội địa; so với cùng kỳ, số khách quốc tế tăng 800 lượt, "
                 + "số khách nội địa giảm 2.500 lượt.",
             comparisons: ["9.600 lượt khách": ["changeOnPrevious 800"], "72.000 lượt khách": ["changeOnPrevious -2500"]]),
        Case(sentence: "Phạm pháp hình sự xảy ra 16 vụ, 3 vụ ma túy; so với cùng kỳ, số vụ phạm pháp hình sự giảm 2 vụ, số vụ ma túy tăng 1 vụ.",
             comparisons: ["16 vụ": ["changeOnPrevious -2"], "3 vụ": ["changeOnPrevious 1"]]),
        // Without `số`: what changed, said before the verb, names the one figure whose own item or written unit holds it.
        Case(sentence: "Kim ngạch xuất khẩu đạt 47 triệu USD, nhập khẩu 26 triệu USD; so với năm trước, xuất khẩu tăng 7,5%, nhập khẩu giảm 2,2%.",
             comparisons: ["47 triệu USD": ["changeOnPrevious 7.5"], "26 triệu USD": ["changeOnPrevious -2.2"]]),
        Case(sentence: "Đón 9.600 lượt khách quốc tế, 72.000 lượt khách nội địa; so với cùng kỳ, khách quốc tế tăng 8%, khách nội địa giảm 3%.",
             comparisons: ["9.600 lượt khách": ["changeOnPrevious 8"], "72.000 lượt khách": ["changeOnPrevious -3"]]),
        Case(sentence: "Đàn trâu 1.980 con, đàn bò 2.760 con, đàn lợn 15.300 con; so với cùng kỳ, đàn trâu giảm 3,6%, đàn bò tăng 2,1%, "
                 + "đàn lợn tăng 5,4%.",
             comparisons: ["1.980 con": ["changeOnPrevious -3.6"], "2.760 con": ["changeOnPrevious 2.1"], "15.300 con": ["changeOnPrevious 5.4"]]),
        Case(sentence: "Xảy ra 31 vụ tai nạn giao thông, làm chết 17 người; so với năm trước, số vụ giảm 4 vụ; số người chết tăng 2 người.",
             comparisons: ["31 vụ": ["changeOnPrevious -4"], "17 người": ["changeOnPrevious 2"]]),
        // A later clause that says its subject again qualifies the figure of an earlier clause so named, past the `;`.
        Case(sentence: "Thu ngân sách trên địa bàn ước đạt 73 tỷ đồng; chi ngân sách địa phương ước đạt 66 tỷ đồng; "
                 + "thu ngân sách đạt 112% dự toán, chi ngân sách đạt 96% dự toán.",
             comparisons: ["73 tỷ đồng": ["percentOfEstimate 112"], "66 tỷ đồng": ["percentOfEstimate 96"]]),
        // … and the change after the share in that clause is of the same figure.
        Case(sentence: "Thu ngân sách đạt 73 tỷ đồng, chi ngân sách đạt 66 tỷ đồng; chi ngân sách bằng 96% dự toán, giảm 3% so với năm trước.",
             comparisons: ["73 tỷ đồng": [], "66 tỷ đồng": ["percentOfEstimate 96", "changeOnPrevious -3"]]),
        // A subject both earlier figures hold names neither.
        Case(sentence: "Thu ngân sách xã đạt 14 tỷ đồng; thu ngân sách huyện đạt 73 tỷ đồng; thu ngân sách đạt 112% dự toán.",
             comparisons: ["14 tỷ đồng": [], "73 tỷ đồng": []]),
        // A bare share after `bằng` right after a level, in a sentence that names last year, is of last year's;
        // with no last year named it is no one's (a plan's share says `đạt` or names the plan).
        Case(sentence: "Toàn xã đã trồng 1.450 ha ngô, tăng 6,3% so với cùng kỳ; 230 ha khoai lang, bằng 91,5%; 610 ha rau các loại, tăng 4,8%.",
             comparisons: ["1.450 ha": ["changeOnPrevious 6.3"], "230 ha": ["percentOfPrevious 91.5"], "610 ha": ["changeOnPrevious 4.8"]]),
        Case(sentence: "Sản lượng lương thực đạt 5.050 tấn, bằng 97,1%.", comparisons: ["5.050 tấn": [], "97,1%": []]),
        // A change in percent names its count after it with `số` alone.
        Case(sentence: "Xảy ra 31 vụ tai nạn giao thông, làm 17 người thiệt mạng và 26 người bị thương, giảm 11,4% số vụ so với năm trước.",
             comparisons: ["31 vụ": ["changeOnPrevious -11.4"], "17 người": [], "26 người": []]),
        // Items that name their subject and give its figures in brackets after a verb: the share is its own item's.
        Case(sentence: "Các chỉ tiêu chưa đạt: tốc độ tăng trưởng (ước đạt 6,4%/KH 7,5%), thu ngân sách (đạt 88,6% dự toán).",
             comparisons: ["6,4%": ["target 7.5"]]),
        // A verdict or a comparison after the comma judges the figure before it, its plan in brackets.
        Case(sentence: "Tỷ lệ tham gia bảo hiểm y tế đạt 93,8%, chưa đạt chỉ tiêu (95%).", comparisons: ["93,8%": ["target 95"]]),
    ]
}
