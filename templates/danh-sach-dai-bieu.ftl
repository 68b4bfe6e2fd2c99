<#-- Danh sách trích ngang đại biểu: a short cover with the totals by group (điển hình / khách mời,
     nữ, dân tộc thiểu số, trực tiếp sản xuất), then the list as a landscape phụ lục, grouped and
     sorted by given name the Vietnamese way. Columns: vb.cot (default: all, nd30.md §5.2). -->
<#import "_common.ftl" as vb_>
<#assign ht = su_kien.hinh_thuc_chu>
<#assign ds = su_kien.dai_bieu_ds>
<#assign cot = vb.cot!["stt", "ho_ten", "nam_sinh", "dan_toc", "chuc_vu_don_vi", "trinh_do", "dang_vien", "thanh_tich", "ghi_chu"]>
<#macro header_cols>
  <#list cot as c>
    <#switch c>
      <#case "stt"><col weight="0.9" align="center">STT</col><#break>
      <#case "ho_ten"><col weight="2.2">Họ và tên</col><#break>
      <#case "nam_sinh"><col weight="0.9" align="center">Năm sinh Nam</col><col weight="0.9" align="center">Năm sinh Nữ</col><#break>
      <#case "dan_toc"><col weight="0.9" align="center">Dân tộc</col><#break>
      <#case "chuc_vu_don_vi"><col weight="3.2">Chức vụ, đơn vị công tác</col><#break>
      <#case "trinh_do"><col weight="1.8">Trình độ chuyên môn; lý luận chính trị</col><#break>
      <#case "dang_vien"><col weight="0.9" align="center">Đảng viên</col><#break>
      <#case "thanh_tich"><col weight="2.6">Thành tích, hình thức khen thưởng cao nhất</col><#break>
      <#case "ghi_chu"><col weight="1.2">Ghi chú</col><#break>
    </#switch>
  </#list>
</#macro>
<#macro cells d n>
  <#list cot as c>
    <#switch c>
      <#case "stt"><c>${n}</c><#break>
      <#case "ho_ten"><c>${d.ho_ten}</c><#break>
      <#case "nam_sinh"><c><#if !d.nu>${d.nam_sinh}</#if></c><c><#if d.nu>${d.nam_sinh}</#if></c><#break>
      <#case "dan_toc"><c>${d.dan_toc}</c><#break>
      <#case "chuc_vu_don_vi"><c>${d.chuc_vu_don_vi}</c><#break>
      <#case "trinh_do"><c>${d.trinh_do}</c><#break>
      <#case "dang_vien"><c>${d.dang_vien}</c><#break>
      <#case "thanh_tich"><c>${d.thanh_tich}</c><#break>
      <#case "ghi_chu"><c>${d.ghi_chu}</c><#break>
    </#switch>
  </#list>
</#macro>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Trích ngang đại biểu dự " + su_kien.ten)}</line></title>
<p>Tổng số đại biểu: ${ds.so} đại biểu, trong đó:</p>
<table>
  <col weight="3">Nhóm đại biểu</col><col weight="1" align="center">Số lượng</col><col weight="1" align="center">Nữ</col><col weight="1.3" align="center">Dân tộc thiểu số</col><col weight="1.4" align="center">Trực tiếp sản xuất, công tác</col><col weight="1" align="center">Đảng viên</col>
  <#list ds.nhom as g><row><c>${g.ten}</c><c>${g.so}</c><c>${g.nu}</c><c>${g.dan_toc}</c><c>${g.truc_tiep}</c><c>${g.dang_vien}</c></row></#list>
  <row><c><b>Tổng cộng</b></c><c><b>${ds.so}</b></c><c><b>${ds.nu}</b></c><c><b>${ds.dan_toc}</b></c><c><b>${ds.truc_tiep}</b></c><c><b>${ds.dang_vien}</b></c></row>
</table>
<p>(Có danh sách chi tiết kèm theo)./.</p>
<@vb_.signature noi_nhan=[co_quan.cap_tren!"Cơ quan cấp trên", "Lưu: VT"]/>
<appendix orientation="landscape">
  <appendix-title>
    <line>DANH SÁCH TRÍCH NGANG ĐẠI BIỂU</line>
    <line>DỰ ${upper(su_kien.ten)}</line>
    <attached>(Kèm theo ${vb.trich_dan})</attached>
  </appendix-title>
  <#assign stt = 0>
  <#list ds.nhom as g>
  <p><b>${roman(g?index + 1)}. ${g.ten?upper_case} (${g.so} đại biểu)</b></p>
  <table>
    <@header_cols/>
    <#list g.ds as d><#assign stt = stt + 1><row><@cells d stt/></row></#list>
  </table>
  </#list>
</appendix>
</document>
