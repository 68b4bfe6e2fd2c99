<#-- Tờ trình đề nghị khen thưởng (ND30 Mẫu 1.4, ký hiệu TTr, with Kính gửi; nd30.md §4.4), with the
     danh sách đề nghị (tập thể, cá nhân) as a landscape phụ lục. -->
<#import "_common.ftl" as vb_>
<#assign ht = su_kien.hinh_thuc_chu>
<#assign dn = de_nghi>
<#macro list_table rows>
  <table>
    <col weight="0.9" align="center">STT</col><col weight="2.6">Họ và tên / Tên tập thể</col><col weight="2.8">Chức vụ, đơn vị công tác</col><col weight="2.4">Hình thức khen thưởng đề nghị</col><col weight="4">Thành tích tóm tắt</col><col weight="1.2">Ghi chú</col>
    <#list rows as p><row><c>${p?counter}</c><c>${p.ten}</c><c>${p.chuc_vu_don_vi}</c><c>${p.hinh_thuc}</c><c>${p.thanh_tich}</c><c><#if p.co_phieu>${p.dong_y} phiếu (${p.ty_le})</#if></c></row></#list>
  </table>
</#macro>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Về việc đề nghị tặng " + dn.hinh_thuc?join(", ") + " cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn " + su_kien.giai_doan.truoc)}</line></title>
<@vb_.kinh_gui/>
<#assign sau_152 = su_kien.ngay?? && su_kien.ngay.thang?? && (su_kien.ngay.nam gt 2025 || (su_kien.ngay.nam == 2025 && su_kien.ngay.thang gte 7))>
<#assign can_cu_chuan = ["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"] + sau_152?then(["Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng"], [])>
<#list vb.can_cu!dau_cau(can_cu_chuan) as basis><p kind="basis">${basis}</p></#list>
<#if vb.mo_dau??>${md(vb.mo_dau)}<#else>
<p>Thực hiện kế hoạch tổ chức ${su_kien.ten}, giai đoạn ${su_kien.giai_doan.chu}; trên cơ sở thành tích đạt được trong phong trào thi đua yêu nước giai đoạn ${su_kien.giai_doan.truoc}<#if hoi_dong??> và kết quả họp ${hoi_dong.ten} ${hoi_dong.ngay_chu}</#if>,</p>
<p>${co_quan.ten} kính trình ${vb.kinh_gui?join(", ")} xem xét, tặng thưởng cho ${dn.tap_the?size} tập thể và ${dn.ca_nhan?size} cá nhân (có danh sách kèm theo), cụ thể:</p>
</#if>
<#list dn.hinh_thuc as award>
<item>${award}: <#assign group = dn.ds?filter(p -> p.hinh_thuc == award)>${group?filter(p -> p.tap_the)?size} tập thể, ${group?filter(p -> !p.tap_the)?size} cá nhân.</item>
</#list>
<#if hoi_dong??>
<p>Hồ sơ đã được ${hoi_dong.ten} xem xét tại cuộc họp ${hoi_dong.ngay_chu} với ${hoi_dong.co_mat}/${hoi_dong.thanh_vien} thành viên có mặt; tỷ lệ phiếu đồng ý của từng trường hợp tính trên tổng số thành viên Hội đồng (có Biên bản kèm theo).</p>
</#if>
<p>Hồ sơ kèm theo gồm: danh sách đề nghị khen thưởng; báo cáo thành tích của các tập thể, cá nhân<#if hoi_dong??>; biên bản họp Hội đồng</#if>.</p>
<#if vb.ket_thuc??><@vb_.closing/><#else><p>${co_quan.ten} kính trình ${vb.kinh_gui?join(", ")} xem xét, quyết định./.</p></#if>
<@vb_.signature noi_nhan=["Như trên", "Lưu: VT"]/>
<appendix orientation="landscape">
  <appendix-title>
    <line>DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG</line>
    <attached>(Kèm theo ${vb.trich_dan})</attached>
  </appendix-title>
  <#assign n = 0>
  <#if dn.tap_the?has_content><#assign n = n + 1><p><b>${roman(n)}. TẬP THỂ (${dn.tap_the?size})</b></p><@list_table dn.tap_the/></#if>
  <#if dn.ca_nhan?has_content><#assign n = n + 1><p><b>${roman(n)}. CÁ NHÂN (${dn.ca_nhan?size})</b></p><@list_table dn.ca_nhan/></#if>
</appendix>
</document>
