#!/usr/bin/env python3
"""Writes the bad-input corpus next to this script and its expectations.tsv.

Each case: a file (or folder) and the exit code and message fragment the CLI must give.
Run: python3 generator/src/test/resources/bad/make-corpus.py   (the test reads what it wrote)
"""
import os, shutil, codecs

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = """vanban: 1
co_quan:
  ten: Ủy ban nhân dân tỉnh Bình Phước
  ten_in_hoa: [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]
  viet_tat: UBND
  dia_danh: Bình Phước
su_kien:
  cap: tinh
  ten: Đại hội Thi đua yêu nước tỉnh Bình Phước lần thứ VI
  lan_thu: 6
  giai_doan: {tu: 2025, den: 2030}
  dai_bieu: {toi_da: 200, ty_le_dien_hinh: 70, ty_le_khach_moi: 30}
van_ban:
  - loai: ke_hoach
    so: 293
    ngay: 08/10/2024
    trich_yeu: Tổ chức Đại hội
    noi_dung:
      - muc: MỤC ĐÍCH VÀ YÊU CẦU
        van_ban: |
          1. Đánh giá kết quả.
    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Trần Tuệ Hiền}
    noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]
"""

cases = []  # (name, bytes or None, exit, fragment, args)


def sub(old, new, count=1):
    assert old in BASE, old
    return BASE.replace(old, new, count)


def case(name, text, code, fragment, args="render {file} -o {out}"):
    data = text if isinstance(text, (bytes, type(None))) else text.encode("utf-8")
    cases.append((name, data, code, fragment, args))


# --- broken YAML
case("yaml-tab-indent", sub("  viet_tat: UBND", "\tviet_tat: UBND"), 2, "is not valid YAML")
case("yaml-unclosed-quote", sub("trich_yeu: Tổ chức Đại hội", 'trich_yeu: "Tổ chức Đại hội'), 2, "is not valid YAML")
case("yaml-unclosed-bracket", sub('noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]', 'noi_nhan: [Ban Thi đua, "Lưu: VT"'), 2, "is not valid YAML")
case("yaml-bad-indent", sub("  dia_danh: Bình Phước", "   dia_danh: Bình Phước"), 2, "is not valid YAML")
case("yaml-colon-in-value", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức: Đại hội: lần"), 2, "is not valid YAML")
case("yaml-stray-bracket", sub("  lan_thu: 6", "  lan_thu: 6]"), 2, "su_kien.lan_thu: \"6]\" is not a whole number")
case("yaml-two-documents", BASE + "---\nvanban: 1\n", 2, "is not valid YAML")
case("yaml-undefined-alias", sub("  dia_danh: Bình Phước", "  dia_danh: *noi"), 2, "is not valid YAML")
case("yaml-empty", "", 2, "is empty")
case("yaml-only-comments", "# nothing here\n# at all\n", 2, "is empty")
case("yaml-scalar-root", "just a line of text\n", 2, "should be a group of fields")
case("yaml-list-root", "- a\n- b\n", 2, "should be a group of fields")
case("yaml-directive", "%YAML 1.1\n" + BASE, 2, "")
case("yaml-unknown-tag", sub("  lan_thu: 6", "  lan_thu: !!python/object:os.system 6"), 2, ":10:12: has a YAML tag (tag:yaml.org,2002:python/object:os.system)")
case("yaml-java-tag", sub("  ten: Ủy ban nhân dân tỉnh Bình Phước", "  ten: !!javax.script.ScriptEngineManager [x]"), 2, ":3:8: has a YAML tag")
case("yaml-complex-key", sub("  viet_tat: UBND", "  ? [a, b]\n  : UBND"), 2, "a key must be a plain word")
case("yaml-merge-key", sub("  viet_tat: UBND", "  <<: {viet_tat: UBND}"), 2, "unknown key")

# --- wrong types
case("type-so-text", sub("so: 293", "so: abc"), 2, "van_ban[0].so: \"abc\" is not a whole number")
case("type-so-negative", sub("so: 293", "so: -5"), 2, "van_ban[0].so: -5 is out of range")
case("type-so-zero", sub("so: 293", "so: 0"), 2, "van_ban[0].so: 0 is out of range")
case("type-so-decimal", sub("so: 293", "so: 1.5"), 2, "is not a whole number")
case("type-so-huge", sub("so: 293", "so: 99999999999999999999999"), 2, "is not a whole number")
case("type-so-list", sub("so: 293", "so: [1, 2]"), 2, "van_ban[0].so: should be a whole number, found a list")
case("type-so-hex", sub("so: 293", "so: 0x1F"), 2, "is not a whole number")
case("type-lan-thu-zero", sub("lan_thu: 6", "lan_thu: 0"), 2, "su_kien.lan_thu: 0 is out of range")
case("type-lan-thu-negative", sub("lan_thu: 6", "lan_thu: -3"), 2, "su_kien.lan_thu: -3 is out of range")
case("type-lan-thu-exp", sub("lan_thu: 6", "lan_thu: 1e3"), 2, "is not a whole number")
case("type-co-quan-text", sub("""co_quan:
  ten: Ủy ban nhân dân tỉnh Bình Phước
  ten_in_hoa: [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]
  viet_tat: UBND
  dia_danh: Bình Phước""", "co_quan: Ủy ban nhân dân tỉnh Bình Phước"), 2, "co_quan: should be a group of fields")
case("type-van-ban-map", BASE.split("van_ban:\n")[0] + "van_ban: {loai: ke_hoach}\n", 2, "van_ban: should be a list")
case("type-van-ban-empty-list", BASE.split("van_ban:\n")[0] + "van_ban: []\n", 2, "van_ban")
case("type-noi-nhan-number", sub('noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]', "noi_nhan: 5"), 2, "noi_nhan: should be a list")
case("type-ten-in-hoa-map", sub("ten_in_hoa: [ỦY BAN NHÂN DÂN, TỈNH BÌNH PHƯỚC]", "ten_in_hoa: {a: b}"), 2, "co_quan.ten_in_hoa")
case("type-nguoi-ky-text", sub("nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Trần Tuệ Hiền}", "nguoi_ky: Trần Tuệ Hiền"), 2, "van_ban[0].nguoi_ky: should be a group of fields")
case("type-du-thao-yes", sub("so: 293", "so: 293\n    du_thao: yes"), 2, "van_ban[0].du_thao: \"yes\" is not true or false")
case("type-loai-unknown", sub("loai: ke_hoach", "loai: quyet_dinh"), 2, "van_ban[0].loai: \"quyet_dinh\" is not a document kind")
case("type-cap-unknown", sub("cap: tinh", "cap: quoc_gia"), 2, "su_kien.cap: \"quoc_gia\" is not allowed")
case("type-hinh-thuc-unknown", sub("hinh_thuc: KT", "hinh_thuc: XYZ"), 2, "nguoi_ky.hinh_thuc: \"XYZ\" is not allowed")
case("type-co-chu-unknown", sub("vanban: 1", "vanban: 1\ncai_dat: {co_chu: 14/15}"), 2, "cai_dat.co_chu: \"14/15\" is not allowed")
case("type-kieu-dau-unknown", sub("vanban: 1", "vanban: 1\ncai_dat: {kieu_dau: la}"), 2, "cai_dat.kieu_dau")
case("type-version-3", sub("vanban: 1", "vanban: 3"), 2, "vanban: 3 is out of range")
case("type-trich-yeu-multiline", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: |\n      Tổ chức\n      Đại hội"), 2, "van_ban[0].trich_yeu: should be one line")
case("type-muc-list", sub("      - muc: MỤC ĐÍCH VÀ YÊU CẦU", "      - muc: [MỤC, ĐÍCH]"), 2, "noi_dung[0].muc")
case("type-phu-luc-unknown-mau", sub("    noi_nhan: [Ban Thi đua, \"Lưu: VT, VP\"]", "    noi_nhan: [Ban Thi đua, \"Lưu: VT, VP\"]\n    phu_luc: [{mau: bao_cao}]"), 2, "phu_luc[0].mau: \"bao_cao\" is not allowed")
case("type-tu-dong-unknown", sub("      - muc: MỤC ĐÍCH VÀ YÊU CẦU", "      - muc: MỤC ĐÍCH VÀ YÊU CẦU\n        tu_dong: khach_moi"), 2, "tu_dong: \"khach_moi\" is not allowed")

case("ref-tu-dong-dai-bieu-missing", sub("  dai_bieu: {toi_da: 200, ty_le_dien_hinh: 70, ty_le_khach_moi: 30}\n", "").replace("      - muc: MỤC ĐÍCH VÀ YÊU CẦU", "      - muc: MỤC ĐÍCH VÀ YÊU CẦU\n        tu_dong: dai_bieu"), 2, ":19:18: van_ban[0].noi_dung[0].tu_dong: dai_bieu writes the delegate numbers, but su_kien.dai_bieu is missing")
case("ref-tu-dong-chuong-trinh-missing", sub("      - muc: MỤC ĐÍCH VÀ YÊU CẦU", "      - muc: MỤC ĐÍCH VÀ YÊU CẦU\n        tu_dong: chuong_trinh"), 2, "tu_dong: chuong_trinh writes the agenda, but su_kien.chuong_trinh is missing")
case("ref-phu-luc-without-title", sub('    noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]', '    noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]\n    phu_luc: [{so_thu_tu: true}]'), 2, "van_ban[0].phu_luc[0]: a phụ lục needs mau: (a standard text) or tieu_de: (its title)")

# --- duplicate, unknown and missing keys
case("key-duplicate-top", BASE + "vanban: 1\n", 2, "vanban: appears twice")
case("key-duplicate-nested", sub("  viet_tat: UBND", "  viet_tat: UBND\n  viet_tat: SNV"), 2, "co_quan.viet_tat: appears twice")
case("key-duplicate-flow", sub("giai_doan: {tu: 2025, den: 2030}", "giai_doan: {tu: 2025, den: 2030, tu: 2020}"), 2, "su_kien.giai_doan.tu: appears twice")
case("key-misspelt", sub("  viet_tat: UBND", "  viettat: UBND"), 2, "Did you mean viet_tat?")
case("key-unknown", sub("  lan_thu: 6", "  lan_thu: 6\n  mau_sac: do"), 2, "su_kien.mau_sac: unknown key")
case("key-diacritics", sub("  viet_tat: UBND", "  viết_tắt: UBND"), 2, "unknown key")
case("missing-co-quan", BASE.replace(BASE[BASE.index("co_quan:"):BASE.index("su_kien:")], ""), 2, "co_quan: is missing")
case("missing-viet-tat", sub("  viet_tat: UBND\n", ""), 2, "co_quan.viet_tat: is missing")
case("missing-van-ban", BASE.split("van_ban:\n")[0], 2, "van_ban: is missing")
case("missing-loai", sub("  - loai: ke_hoach\n    so: 293", "  - so: 293"), 2, "van_ban[0].loai: is missing")
case("missing-ngay", sub("    ngay: 08/10/2024\n", ""), 2, "van_ban[0].ngay: is missing")
case("missing-nguoi-ky", sub("    nguoi_ky: {thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: Trần Tuệ Hiền}\n", ""), 2, "nguoi_ky: is missing")
case("missing-giai-doan-den", sub("giai_doan: {tu: 2025, den: 2030}", "giai_doan: {tu: 2025}"), 2, "su_kien.giai_doan.den: is missing")

# --- empty values
case("empty-viet-tat-quoted", sub("viet_tat: UBND", 'viet_tat: ""'), 2, "co_quan.viet_tat: is empty")
case("empty-viet-tat-plain", sub("viet_tat: UBND", "viet_tat:"), 2, "co_quan.viet_tat: is empty")
case("empty-viet-tat-spaces", sub("viet_tat: UBND", 'viet_tat: "   "'), 2, "co_quan.viet_tat: is empty")
case("empty-viet-tat-nbsp", sub("viet_tat: UBND", 'viet_tat: "\u00a0\u200b"'), 2, "co_quan.viet_tat: is empty")
case("empty-trich-yeu", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: ''"), 2, "van_ban[0].trich_yeu: is empty")
case("empty-noi-nhan-item", sub('noi_nhan: [Ban Thi đua, "Lưu: VT, VP"]', 'noi_nhan: ["", "Lưu: VT, VP"]'), 2, "noi_nhan[0]: is empty")
case("empty-ten", sub("  ten: Ủy ban nhân dân tỉnh Bình Phước", "  ten: \"\""), 2, "co_quan.ten: is empty")

# --- dates
case("date-feb-31", sub("ngay: 08/10/2024", "ngay: 31/02/2024"), 2, "van_ban[0].ngay: 31/02/2024 is not a date")
case("date-feb-29-2023", sub("ngay: 08/10/2024", "ngay: 29/02/2023"), 2, "is not a date")
case("date-day-zero", sub("ngay: 08/10/2024", "ngay: 00/10/2024"), 2, "van_ban[0].ngay")
case("date-month-13", sub("ngay: 08/10/2024", "ngay: 08/13/2024"), 2, "van_ban[0].ngay")
case("date-day-32", sub("ngay: 08/10/2024", "ngay: 32/01/2024"), 2, "van_ban[0].ngay")
case("date-year-5-digits", sub("ngay: 08/10/2024", "ngay: 08/10/20245"), 2, "van_ban[0].ngay")
case("date-year-0", sub("ngay: 08/10/2024", "ngay: 08/10/0000"), 2, "van_ban[0].ngay: year 0 is out of range")
case("date-iso-accepted", sub("ngay: 08/10/2024", "ngay: 2024-10-08"), 0, "")
case("date-text", sub("ngay: 08/10/2024", "ngay: mùng tám tháng mười"), 2, "DD/MM/YYYY")
case("date-list", sub("ngay: 08/10/2024", "ngay: [08, 10, 2024]"), 2, "van_ban[0].ngay: should be a date")
case("date-period-backwards", sub("giai_doan: {tu: 2025, den: 2030}", "giai_doan: {tu: 2030, den: 2025}"), 2, "giai_doan")
case("date-period-out-of-range", sub("giai_doan: {tu: 2025, den: 2030}", "giai_doan: {tu: 1800, den: 2030}"), 2, "su_kien.giai_doan.tu: 1800 is out of range")

# --- counts
case("count-toi-da-negative", sub("toi_da: 200", "toi_da: -1"), 2, "su_kien.dai_bieu.toi_da: -1 is out of range")
case("count-toi-da-zero", sub("toi_da: 200", "toi_da: 0"), 2, "su_kien.dai_bieu.toi_da: 0 is out of range")
case("count-share-over-100", sub("ty_le_dien_hinh: 70", "ty_le_dien_hinh: 170"), 2, "ty_le_dien_hinh: 170 is out of range")
case("count-shares-not-100", sub("ty_le_dien_hinh: 70", "ty_le_dien_hinh: 60"), 2, "100")
case("count-du-kien-over", sub("toi_da: 200", "toi_da: 200, du_kien: 300"), 2, "du_kien")

# --- control characters, surrogates, invisible characters (removed with a located warning)
case("control-raw-bel", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức\x07 Đại hội"), 2, ":17:23: holds the character U+0007, which an event file cannot hold")
case("control-raw-nul-in-value", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức\x00 Đại hội"), 2, "holds a NUL byte")
case("control-escaped-esc", sub("trich_yeu: Tổ chức Đại hội", 'trich_yeu: "Tổ chức\\e Đại hội"'), 0, ":17:24: van_ban[0].trich_yeu: warning: fixed: removed control character U+001B")
case("control-escaped-del", sub("ho_ten: Trần Tuệ Hiền", 'ho_ten: "Trần\\x7f Tuệ Hiền"'), 0, "van_ban[0].nguoi_ky.ho_ten: warning: fixed: removed control character U+007F")
case("control-c1", sub("trich_yeu: Tổ chức Đại hội", 'trich_yeu: "Tổ chức\\x85Đại hội"'), 0, "warning: fixed: removed control character U+0085")
case("surrogate-escaped-lone", sub("trich_yeu: Tổ chức Đại hội", 'trich_yeu: "Tổ chức \\uD800Đại hội"'), 0, "warning: fixed: removed a lone surrogate U+D800")
case("surrogate-raw-bytes", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức ").encode("utf-8").replace("Tổ chức ".encode("utf-8"), "Tổ chức ".encode("utf-8") + b"\xed\xa0\x80", 1), 2, "is not UTF-8 text (byte")
case("bidi-rlo-in-name", sub("ho_ten: Trần Tuệ Hiền", "ho_ten: Trần \u202eTuệ Hiền"), 0, "van_ban[0].nguoi_ky.ho_ten: warning: fixed: removed invisible format character U+202E (right-to-left override)")
case("bidi-isolate-in-title", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức \u2067Đại hội\u2069"), 0, "U+2067 (bidi isolate)")
case("bidi-rlm-in-agency", sub("  dia_danh: Bình Phước", "  dia_danh: Bình\u200f Phước"), 0, "co_quan.dia_danh: warning: fixed: removed invisible format character U+200F (direction mark)")
case("bidi-embedding-in-text", sub("          1. Đánh giá kết quả.", "          1. Đánh giá \u202bkết quả\u202c."), 0, ":21: van_ban[0].noi_dung[0].van_ban: warning: fixed: removed invisible format character U+202B")
case("format-soft-hyphen", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức Đại\u00ad hội"), 0, "U+00AD (soft hyphen)")
case("format-tag-character", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: Tổ chức Đại hội\U000E0041"), 0, "removed invisible format character U+E0041")
case("zero-width-in-viet-tat", sub("viet_tat: UBND", "viet_tat: UB\u200bND"), 0, "co_quan.viet_tat: warning: fixed: removed zero-width character U+200B")

# --- encodings and byte-order marks
case("encoding-utf16le-bom", codecs.BOM_UTF16_LE + BASE.encode("utf-16-le"), 2, "is UTF-16 text")
case("encoding-utf16be-bom", codecs.BOM_UTF16_BE + BASE.encode("utf-16-be"), 2, "is UTF-16 text")
case("encoding-utf16le-no-bom", BASE.encode("utf-16-le"), 2, "holds a NUL byte")
case("encoding-utf32", BASE.encode("utf-32"), 2, "UTF-16")
case("encoding-latin1", BASE.replace("Bình Phước", "Binh Phuoc").encode("utf-8").replace(b"Binh Phuoc", "Bình Phuoc".encode("latin-1"), 1), 2, "is not UTF-8 text (byte")
case("encoding-cp1258", "ten: Vi\u1ec7t".encode("utf-8").replace("\u1ec7".encode("utf-8"), b"\xea\xf2"), 2, "is not UTF-8 text")
case("encoding-utf8-bom", codecs.BOM_UTF8 + BASE.encode("utf-8"), 0, "")
case("encoding-double-bom", codecs.BOM_UTF8 + codecs.BOM_UTF8 + BASE.encode("utf-8"), 0, "")

# --- limits
case("limit-nesting-flow", "vanban: " + "[" * 5000 + "]" * 5000 + "\n", 2, "more than 64 deep (limit: nesting depth)")
case("limit-nesting-block", "".join(" " * i + "- \n" for i in range(0)) + "co_quan:\n" + "".join("  " * (i + 1) + "a%d:\n" % i for i in range(200)), 2, "(limit: nesting depth)")
laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
prev = "a"
for i in range(1, 10):
    laughs += "%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n" % ("l%d" % i, "l%d" % i, *([prev] * 10))
    prev = "l%d" % i
case("limit-billion-laughs", laughs, 2, "limit")
case("limit-scalar-alias-bomb", "x: &s \"" + "Đại hội thi đua " * 4000 + "\"\nvan_ban:\n" + "".join("  - *s\n" for _ in range(200)), 2, "once its aliases (*name) are expanded (limit: expanded size)")
case("limit-recursive-alias", "a: &a\n  b: *a\n", 2, ":2:6: *a refers to a group or list that contains it (a recursive alias)")
case("limit-recursive-outline", sub("    noi_dung:\n      - muc: MỤC ĐÍCH VÀ YÊU CẦU", "    noi_dung: &n\n      - muc: MỤC ĐÍCH VÀ YÊU CẦU\n        con: *n"), 2, "recursive alias")
case("limit-alias-to-root-key", "&k a: 1\n*k : 2\n", 2, "a: appears twice")

# --- injection: printed literally
case("inject-xml-in-title", sub("trich_yeu: Tổ chức Đại hội", "trich_yeu: \"</title><header>X</header><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;\""), 0, "")
case("inject-ftl-in-text", sub("          1. Đánh giá kết quả.", "          1. Đánh giá ${.now} <#list 1..9 as i>x</#list> kết quả."), 0, "")

# --- command line: formats, paths, names
case("cli-unknown-format", BASE, 2, "--format doc is not a format", "render {file} -o {out} --format doc")
case("cli-empty-format", BASE, 2, "--format names no format", "render {file} -o {out} --format ,")
case("cli-unknown-option", BASE, 2, "Unknown option", "render {file} -o {out} --colour")
case("cli-no-such-file", None, 2, "no such file", "render {dir}/khong-co.yaml -o {out}")
case("cli-dotdot-path", None, 2, "no such file", "render {dir}/../../../../../../../../etc/khong-co/../x.yaml -o {out}")
case("cli-event-is-folder", None, 2, "cannot be read", "render {dir} -o {out}")
case("cli-output-is-file", BASE, 2, "is a file, not a folder: give -o a folder", "render {file} -o {file}")
case("cli-templates-missing", BASE, 2, "is not a folder", "render {file} -o {out} --templates {dir}/khong-co")
case("cli-unknown-command", None, 2, "Unmatched argument", "dung {dir}")
case("cli-same-name-two-folders", None, 2, "two outputs of this run are named same-ke-hoach.docx", "render {dir}/same-a/same.yaml {dir}/same-b/same.yaml -o {out}")
case("cli-text-convert-unicode-vni", "Cộng hòa xã hội chủ nghĩa Việt Nam\n", 2, "is already Unicode Vietnamese", "text convert --from vni {file}")
case("cli-text-convert-unicode-tcvn3", "Độc lập - Tự do - Hạnh phúc\n", 2, "is already Unicode Vietnamese", "text convert --from tcvn3 {file}")
case("cli-text-spell-bad", None, 2, "vanban: error:", "text spell 1,2,3")
case("cli-text-spell-huge", None, 2, "vanban: error:", "text spell 99999999999999999999999999")
case("cli-text-date-bad", None, 2, "YYYY-MM-DD", "text date 2024-02-30")

# --- templates from --templates (a clerk's edited copies)
TPL = {
    "tpl-now": ("<#assign d = .now>${d?string('yyyy')}", "uses .now, which templates may not use"),
    "tpl-eval": ("${'1+1'?eval}", "uses ?eval, which templates may not use"),
    "tpl-interpret": ("<#assign t = 'x'?interpret><@t/>", "uses ?interpret, which templates may not use"),
    "tpl-new-object": ("<#assign x = 'freemarker.template.utility.Execute'?new()>${x('id')}", "templates/ke-hoach.ftl:1"),
    "tpl-new-object-plain": ("<#assign x = 'java.lang.ProcessBuilder'?new()>", "templates/ke-hoach.ftl:1"),
    "tpl-api": ("${vb?api}", "templates/ke-hoach.ftl:1"),
    "tpl-static": ("${statics['java.lang.System'].getProperty('user.home')}", "templates/ke-hoach.ftl:1"),
    "tpl-class": ("${vb.class.protectionDomain}", "templates/ke-hoach.ftl:1"),
    "tpl-include-dotdot": ("<#include '../../../../../../etc/passwd'>", "templates/ke-hoach.ftl:1"),
    "tpl-include-absolute": ("<#include '/etc/passwd'>", "templates/ke-hoach.ftl:1"),
    "tpl-include-url": ("<#include 'file:///etc/passwd'>", "templates/ke-hoach.ftl:1"),
    "tpl-import-dotdot": ("<#import '../secret.ftl' as s>", "templates/ke-hoach.ftl:1"),
    "tpl-syntax-error": ("<#if>", "templates/ke-hoach.ftl:1"),
    "tpl-missing-value": ("${vb.khong_co}", "\"vb.khong_co\" has no value"),
    "tpl-broken-xml": ("<document><header>", "wrote a broken document"),
    "tpl-doctype": ("<!DOCTYPE document [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><document>&e;</document>", "templates/ke-hoach.ftl"),
    "tpl-recursion": ("<#macro r n><@r n+1/></#macro><@r 0/>", "(limit: template recursion depth)"),
    "tpl-output-size": ("<#list 1..100000000 as i>xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx</#list>", "(limit: template output size)"),
    "tpl-empty": ("", "wrote"),
}

os.chdir(HERE)
for f in os.listdir("."):
    if f.endswith((".yaml", ".txt")) or os.path.isdir(f):
        if os.path.isdir(f):
            shutil.rmtree(f)
        else:
            os.remove(f)
rows = []
for i, (name, data, code, fragment, args) in enumerate(cases, 1):
    fname = "%03d-%s.%s" % (i, name, "txt" if name.startswith("cli-text") else "yaml")
    if name == "cli-same-name-two-folders":
        for d in ("same-a", "same-b"):
            os.makedirs(d, exist_ok=True)
            open(os.path.join(d, "same.yaml"), "w", encoding="utf-8").write(BASE)
    if data is not None:
        open(fname, "wb").write(data)
    else:
        fname = "%03d-%s.none" % (i, name)
    rows.append((fname, code, fragment, args))
n = len(rows)
for j, (name, (body, fragment)) in enumerate(sorted(TPL.items()), n + 1):
    d = "%03d-%s" % (j, name)
    os.makedirs(d)
    open(os.path.join(d, "ke-hoach.ftl"), "w", encoding="utf-8").write(body)
    rows.append((d, 2, fragment, "render {base} -o {out} --templates {file}"))
open("base.yaml.in", "w", encoding="utf-8").write(BASE)
with open("expectations.tsv", "w", encoding="utf-8") as out:
    out.write("# case\texit\tmessage fragment (stderr)\targuments ({file} the case, {dir} this folder, {out} a fresh folder, {base} a good event file)\n")
    for r in rows:
        out.write("%s\t%d\t%s\t%s\n" % r)
print(len(rows), "cases")
