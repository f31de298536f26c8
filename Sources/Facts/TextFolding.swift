import Foundation

/// Folds Vietnamese text for searching: lower case, no diacritics, `đ` → `d`,
/// so that `giai phong mat bang` finds `giải phóng mặt bằng`.
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks
            case 0x0110, 0x0111: out.append("d")  // Đ đ
            default:
                out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}
