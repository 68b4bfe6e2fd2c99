package vn.vanban.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.vanban.Vanban;
import vn.vanban.event.EventFile;
import vn.vanban.event.EventFileException;
import vn.vanban.event.EventReader;
import vn.vanban.template.TemplateException;

/** {@code vanban new}: a commented starter event file (facts only) that renders as it is. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Prints a commented starter event file for a level and form: only facts, the standard wording comes from the templates.",
                "It renders as it is; replace every (…) placeholder with your facts."},
        footer = {"", "Examples:",
                "  ./vanban new --level xa --form hoi-nghi > my-event.yaml",
                "  ./vanban new --level tinh --form dai-hoi --sections    (the ids muc_rieng can replace, per document)",
                "", "Exit codes: 0 printed, 2 bad option."})
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--level", required = true, paramLabel = "LEVEL", description = "xa, tinh, so or doanh-nghiep.")
    String level;

    @Option(names = "--form", defaultValue = "", paramLabel = "FORM", description = "dai-hoi or hoi-nghi. Default: dai-hoi for tinh, hoi-nghi otherwise.")
    String form;

    @Option(names = "--sections", description = "Instead of the file, list the standard sections of each document (ids for muc_rieng).")
    boolean sections;

    /** Per-level facts of the starter file. */
    private record Level(String key, String parent, String name, String header, String abbreviation, String place,
                         String unit, String signer, String upward, String drafting, int max) {
    }

    private static final Map<String, Level> LEVELS = Map.of(
            "xa", new Level("xa", "UBND TỈNH (TÊN TỈNH)", "Ủy ban nhân dân xã (Tên xã)", "[ỦY BAN NHÂN DÂN, XÃ (TÊN XÃ)]", "UBND", "(Tên xã)",
                    "xã (Tên xã)", "{thay_mat: ỦY BAN NHÂN DÂN, chuc_vu: CHỦ TỊCH, ho_ten: (Họ tên Chủ tịch)}", "Ủy ban nhân dân tỉnh (Tên tỉnh)", "VP", 200),
            "tinh", new Level("tinh", null, "Ủy ban nhân dân tỉnh (Tên tỉnh)", "[ỦY BAN NHÂN DÂN, TỈNH (TÊN TỈNH)]", "UBND", "(Tên tỉnh)",
                    "tỉnh (Tên tỉnh)", "{thay_mat: ỦY BAN NHÂN DÂN, hinh_thuc: KT, thu_truong: CHỦ TỊCH, chuc_vu: PHÓ CHỦ TỊCH, ho_ten: (Họ tên)}",
                    "Hội đồng Thi đua - Khen thưởng Trung ương", "KGVX", 500),
            "so", new Level("so_nganh", "UBND TỈNH (TÊN TỈNH)", "Sở (Tên sở) tỉnh (Tên tỉnh)", "SỞ (TÊN SỞ)", "SXX", "(Tên tỉnh)",
                    "Sở (Tên sở) tỉnh (Tên tỉnh)", "{chuc_vu: GIÁM ĐỐC, ho_ten: (Họ tên Giám đốc)}", "Ủy ban nhân dân tỉnh (Tên tỉnh)", "TĐKT", 300),
            "doanh-nghiep", new Level("doanh_nghiep", "(CƠ QUAN CHỦ QUẢN)", "Công ty (Tên công ty)", "CÔNG TY (TÊN CÔNG TY)", "CTY", "(Địa danh)",
                    "Công ty (Tên công ty)", "{chuc_vu: GIÁM ĐỐC, ho_ten: (Họ tên Giám đốc)}", "(Cơ quan chủ quản)", "TCHC", 200));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Level l = LEVELS.get(level);
        if (l == null) {
            err.println("vanban: error: --level " + level + " is not a level: use xa, tinh, so or doanh-nghiep.");
            return ExitCode.BAD_INPUT;
        }
        String f = form.isEmpty() ? (l.key.equals("tinh") ? "dai-hoi" : "hoi-nghi") : form;
        if (!f.equals("dai-hoi") && !f.equals("hoi-nghi")) {
            err.println("vanban: error: --form " + form + " is not a form: use dai-hoi or hoi-nghi.");
            return ExitCode.BAD_INPUT;
        }
        String text = starter(l, f.equals("dai-hoi"));
        if (!sections) {
            out.print(text);
            return ExitCode.OK;
        }
        try {
            EventFile ev = EventReader.parse(Path.of("new-" + level + ".yaml"), text);
            Vanban vanban = Vanban.builder().build();
            for (EventFile.DocumentSpec d : vanban.kitPlan(ev)) {
                out.println(d.kind().key() + ": " + String.join(", ", vanban.sectionIds(ev, d)));
            }
            return ExitCode.OK;
        } catch (EventFileException | TemplateException e) {
            err.println("vanban: error: the starter file does not render (a bug in vanban): " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }

    /** The starter file: facts only, every placeholder in (…), comments on what each key does. */
    static String starter(Level l, boolean congress) {
        String formKey = congress ? "dai_hoi" : "hoi_nghi";
        String word = congress ? "Đại hội" : "Hội nghị";
        StringBuilder sb = new StringBuilder();
        sb.append("# vanban event file (").append(word).append(", cấp ").append(l.key).append("): facts only; the templates write the standard wording.\n")
                .append("# Replace every (…) with your facts, then:  ./vanban kit THIS-FILE.yaml -o out/\n")
                .append("# Keys are listed in README (\"The congress kit\"); ./vanban schema prints them all (save it as\n")
                .append("# event.schema.json and add a first line \"# yaml-language-server: $schema=event.schema.json\" for VS Code).\n")
                .append("vanban: 2\n\n")
                .append("co_quan:\n");
        if (l.parent != null) {
            sb.append("  chu_quan: ").append(l.parent).append("          # cơ quan chủ quản, in capitals; delete if none\n");
        }
        sb.append("  ten: ").append(l.name).append("\n")
                .append("  ten_in_hoa: ").append(l.header).append("   # header lines, in capitals\n")
                .append("  viet_tat: ").append(l.abbreviation).append("          # in the ký hiệu: Số: 01/KH-").append(l.abbreviation).append("\n")
                .append("  dia_danh: ").append(l.place).append("     # place of the date line\n")
                .append("  cap_tren: ").append(l.upward).append("   # Kính gửi of the Báo cáo and Tờ trình\n")
                .append("  don_vi_soan_thao: ").append(l.drafting).append("     # drafting unit: Nơi nhận ends \"Lưu: VT, ").append(l.drafting).append(".\"\n")
                .append("  nguoi_ky: ").append(l.signer).append("\n\n")
                .append("su_kien:\n")
                .append("  cap: ").append(l.key).append("\n")
                .append("  hinh_thuc_loai: ").append(formKey).append("      # dai_hoi or hoi_nghi\n")
                .append("  don_vi: ").append(l.unit).append("      # in the event's name\n")
                .append("  lan_thu: 1                 # printed in Roman: lần thứ I\n")
                .append("  giai_doan: {tu: 2025, den: 2030}\n")
                .append("  ngay: 12/2025              # DD/MM/YYYY once known\n")
                .append("  gio: \"07:30\"               # start of the official session\n")
                .append("  dia_diem: Hội trường (tên cơ quan)\n")
                .append("  han_nop: 31/12/2025        # deadline of the documents sent up afterwards\n")
                .append("  dai_bieu:\n")
                .append("    toi_da: ").append(l.max).append("\n")
                .append("    ty_le_dien_hinh: 70\n")
                .append("    ty_le_khach_moi: 30\n")
                .append("    danh_sach:               # one Giấy mời and one row of the danh sách each (or tep: a workbook)\n")
                .append("      - {ho_ten: (Họ và tên), nam_sinh: 1980, gioi_tinh: nu, dan_toc: Kinh, chuc_vu: (Chức vụ), don_vi: (Đơn vị), nhom: dien_hinh, truc_tiep_san_xuat: true}\n")
                .append("      - {ho_ten: (Họ và tên khách mời), gioi_tinh: nam, chuc_vu: (Chức vụ), don_vi: (Đơn vị), nhom: khach_moi}\n")
                .append("  # chuong_trinh: leave out for the standard agenda, or list items with thoi_luong (minutes) and thuc_hien\n")
                .append("  doan_chu_tich:\n")
                .append("    - {ho_ten: (Họ tên), chuc_vu: (Chức vụ)}\n")
                .append("    - {ho_ten: (Họ tên điển hình tiên tiến), chuc_vu: (Chức vụ), dien_hinh: true}\n")
                .append("  doan_thu_ky:\n")
                .append("    - {ho_ten: (Họ tên), chuc_vu: (Chức vụ)}\n\n")
                .append("# After the Hội đồng Thi đua - Khen thưởng meets, add hoi_dong: and de_nghi_khen_thuong: (Tờ trình, Biên bản,\n")
                .append("# Báo cáo thành tích); after the event, ket_qua: (Báo cáo tổng kết). See README for the keys.\n")
                .append("# To change a standard section: van_ban: [{loai: ke_hoach, muc_rieng: [{ma: kinh_phi, van_ban: \"…\"}]}]\n");
        return sb.toString();
    }
}
