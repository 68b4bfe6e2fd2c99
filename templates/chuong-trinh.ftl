<#-- Chương trình (ND30 Mẫu 1.4, ký hiệu CTr): the timed agenda of the event as a table
     (Thời gian | Nội dung | Thực hiện). Times are computed from su_kien.gio and the items'
     durations; "Chào cờ" opens a Đại hội only; a phiên trù bị comes first. -->
<#import "_common.ftl" as vb_>
<#assign ht = su_kien.hinh_thuc_chu>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!(su_kien.ten + ", giai đoạn " + su_kien.giai_doan.chu)}</line></title>
<#list vb.can_cu![] as basis><p kind="basis">${basis}</p></#list>
<#if vb.mo_dau??>${md(vb.mo_dau)}</#if>
<@vb_.part "khoan" "thoi_gian_dia_diem" "Thời gian, địa điểm">
  <item>Thời gian: ${su_kien.thoi_luong}, bắt đầu lúc ${vb_.thoi_gian_su_kien()}.</item>
  <item>Địa điểm: ${su_kien.dia_diem!"(sẽ thông báo sau)"}.</item>
</@vb_.part>
<#assign tru_bi = su_kien.lich?filter(r -> r.tru_bi)>
<#assign chinh_thuc = su_kien.lich?filter(r -> !r.tru_bi)>
<#if tru_bi?has_content>
<@vb_.part "khoan" "phien_tru_bi" "Phiên trù bị">
  <table>
    <col weight="1.3" align="center">Thời gian</col><col weight="4">Nội dung</col><col weight="2.2" align="center">Thực hiện</col>
    <#list tru_bi as r><row><c>${r.gio}</c><c>${r.noi_dung}</c><c>${r.thuc_hien}</c></row></#list>
  </table>
</@vb_.part>
</#if>
<@vb_.part "khoan" "phien_chinh_thuc" tru_bi?has_content?then("Phiên chính thức", "Nội dung chương trình")>
  <table>
    <col weight="1.3" align="center">Thời gian</col><col weight="4">Nội dung</col><col weight="2.2" align="center">Thực hiện</col>
    <#list chinh_thuc as r><row><c>${r.gio}</c><c>${r.noi_dung}</c><c>${r.thuc_hien}</c></row></#list>
  </table>
</@vb_.part>
<#if su_kien.doan_chu_tich?has_content>
<@vb_.part "khoan" "doan_chu_tich" "Đoàn Chủ tịch">
  <#list su_kien.doan_chu_tich as m><item>${m.ho_ten}<#if m.chuc_vu?has_content>, ${m.chuc_vu}</#if>.</item></#list>
</@vb_.part>
</#if>
<#if su_kien.doan_thu_ky?has_content>
<@vb_.part "khoan" "doan_thu_ky" "Đoàn Thư ký">
  <#list su_kien.doan_thu_ky as m><item>${m.ho_ten}<#if m.chuc_vu?has_content>, ${m.chuc_vu}</#if>.</item></#list>
</@vb_.part>
</#if>
<#if vb.ket_thuc??><@vb_.closing/><#else><p>Chương trình có thể được điều chỉnh cho phù hợp với thực tế tổ chức ${ht?lower_case}./.</p></#if>
<@vb_.signature noi_nhan=["Các đại biểu dự " + ht?lower_case, "Đoàn Chủ tịch, Đoàn Thư ký", "Lưu: VT"]/>
</document>
