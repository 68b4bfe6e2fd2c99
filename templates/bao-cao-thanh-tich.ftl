<#-- Báo cáo thành tích (ND 152/2025 forms as reproduced in nd30.md §4.3), one per award proposal:
     cá nhân (Sơ lược lý lịch, Thành tích, Các hình thức đã được khen thưởng) or tập thể (Sơ lược
     đặc điểm, Thành tích, Các hình thức đã được khen thưởng). vb.de_nghi is the proposal's view,
     vb.de_nghi_goc the event file's entry. -->
<#import "_common.ftl" as vb_>
<#assign p = vb.de_nghi>
<#assign g = vb.de_nghi_goc>
<#assign ll = g.ly_lich!{}>
<#macro awards_table title rows>
  <p><b>${title}</b></p>
  <table>
    <col weight="0.8" align="center">Năm</col><col weight="2.6">${title?keep_after(". ")}</col><col weight="3.4">Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định</col>
    <#if rows?has_content><#list rows as r><row><c>${r.nam?c}</c><c>${r.ten}</c><c>${r.quyet_dinh!""}</c></row></#list><#else><row><c></c><c></c><c></c></row></#if>
  </table>
</#macro>
<document>
<header>
  <#list co_quan.chu_quan as line><chu-quan>${line}</chu-quan></#list>
  <#list co_quan.ten_in_hoa as line><co-quan>${line}</co-quan></#list>
  <so></so>
  <quoc-hieu>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</quoc-hieu>
  <tieu-ngu>Độc lập - Tự do - Hạnh phúc</tieu-ngu>
  <dia-danh-ngay>${vb.dia_danh_ngay}</dia-danh-ngay>
</header>
<title type="${vb.ten_loai}"><line>ĐỀ NGHỊ TẶNG ${upper(p.hinh_thuc)}</line><line>${p.ten}</line></title>
<#if !p.tap_the>
<@vb_.part "muc" "ly_lich" "SƠ LƯỢC LÝ LỊCH">
  <item>Họ và tên: ${p.ten}<#if ll.gioi_tinh??>; giới tính: ${(ll.gioi_tinh == "nu")?then("Nữ", "Nam")}</#if>.</item>
  <item>Sinh ngày, tháng, năm: <#if ll.ngay_sinh?? && ll.ngay_sinh.ngan??>${ll.ngay_sinh.ngan}<#elseif ll.ngay_sinh??>${ll.ngay_sinh.nam?c}<#else>...........</#if>.</item>
  <item>Quê quán: ${ll.que_quan!"..........."}.</item>
  <item>Trú quán: ${ll.tru_quan!"..........."}.</item>
  <item>Đơn vị công tác: ${p.don_vi?has_content?then(p.don_vi, "...........")}.</item>
  <item>Chức vụ (${(su_kien.cap == "doanh_nghiep")?then("Đảng, đoàn thể, chuyên môn", "Đảng, chính quyền, đoàn thể")}): ${p.chuc_vu?has_content?then(p.chuc_vu, "...........")}.</item>
  <item>Trình độ chuyên môn, nghiệp vụ: ${ll.trinh_do!"..........."}.</item>
  <item>Học hàm, học vị, danh hiệu, giải thưởng: ${ll.hoc_ham!"..........."}.</item>
</@vb_.part>
<#else>
<@vb_.part "muc" "dac_diem" "SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH">
  <khoan title="Đặc điểm, tình hình">
    <item>Địa chỉ trụ sở, điện thoại, website: ${ll.dia_chi!"..........."}.</item>
    <item>Quá trình thành lập và phát triển: ${ll.thanh_lap!"..........."}.</item>
    <item>Cơ cấu tổ chức, tổ chức Đảng, đoàn thể: ${ll.co_cau!"..........."}.</item>
  </khoan>
  <khoan title="Chức năng, nhiệm vụ">
    <#if g.nhiem_vu??>${md(g.nhiem_vu)}<#else><p><i>[Nêu chức năng, nhiệm vụ được giao.]</i></p></#if>
  </khoan>
</@vb_.part>
</#if>
<@vb_.part "muc" "thanh_tich" "THÀNH TÍCH ĐẠT ĐƯỢC">
  <#if !p.tap_the>
  <khoan title="Quyền hạn, nhiệm vụ được giao hoặc đảm nhận">
    <#if g.nhiem_vu??>${md(g.nhiem_vu)}<#else><p><i>[Nêu quyền hạn, nhiệm vụ được giao.]</i></p></#if>
  </khoan>
  <khoan title="Thành tích đạt được của cá nhân">
    <#if g.chi_tiet??>${md(g.chi_tiet)}<#else><p>${p.thanh_tich}.</p></#if>
  </khoan>
  <#else>
  <khoan title="Kết quả thực hiện nhiệm vụ">
    <#if g.chi_tiet??>${md(g.chi_tiet)}<#else><p>${p.thanh_tich}.</p></#if>
  </khoan>
  <khoan title="Các biện pháp, nguyên nhân đạt được thành tích; việc thực hiện chủ trương, chính sách, xây dựng Đảng, đoàn thể">
    <p><i>[Nêu các biện pháp, nguyên nhân đạt được thành tích.]</i></p>
  </khoan>
  </#if>
</@vb_.part>
<@vb_.part "muc" "da_khen_thuong" "CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG">
  <@awards_table "1. Danh hiệu thi đua" g.danh_hieu![]/>
  <@awards_table "2. Hình thức khen thưởng" g.khen_thuong![]/>
</@vb_.part>
<signature>
  <#if p.tap_the>
  <signer><line>THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP</line><line>NHẬN XÉT, XÁC NHẬN</line><name></name></signer>
  <signer><line>THỦ TRƯỞNG ĐƠN VỊ</line><note>(Ký, đóng dấu)</note><name></name></signer>
  <#else>
  <signer><line>THỦ TRƯỞNG ĐƠN VỊ</line><line>XÁC NHẬN, ĐỀ NGHỊ</line><note>(Ký, đóng dấu)</note><name>${vb.nguoi_ky.ho_ten!""}</name></signer>
  <signer><line>NGƯỜI BÁO CÁO THÀNH TÍCH</line><note>(Ký, ghi rõ họ và tên)</note><name>${p.ten}</name></signer>
  </#if>
</signature>
</document>
