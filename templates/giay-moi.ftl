<#-- Giấy mời (ND30 Mẫu 1.7, ký hiệu GM): one page per delegate, each with the event's name, time,
     place and chủ trì; each page after the first is its own section (no page number). -->
<#import "_common.ftl" as vb_>
<#assign ht = su_kien.hinh_thuc_chu>
<#macro page d>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Dự " + su_kien.ten)}</line></title>
<p>${co_quan.ten}<#if phoi_hop??> và ${phoi_hop.ten}</#if> trân trọng kính mời:</p>
<p kind="centered"><b>${d.danh_xung} ${d.ho_ten}</b></p>
<#if d.chuc_vu_don_vi?has_content><p kind="centered">${d.chuc_vu_don_vi}</p></#if>
<p>Tới dự ${su_kien.ten}, giai đoạn ${su_kien.giai_doan.chu}.</p>
<#if su_kien.doan_chu_tich?has_content><p>Chủ trì: ${su_kien.doan_chu_tich[0].ho_ten}<#if su_kien.doan_chu_tich[0].chuc_vu?has_content>, ${su_kien.doan_chu_tich[0].chuc_vu}</#if>.</p></#if>
<p>Thời gian: ${vb_.thoi_gian_su_kien()}<#if su_kien.thoi_luong??> (${su_kien.thoi_luong})</#if>.</p>
<p>Địa điểm: ${su_kien.dia_diem!"(sẽ thông báo sau)"}.</p>
<#if vb.ket_thuc??><@vb_.closing/><#else><p>Rất mong ${d.danh_xung?lower_case} đến dự đúng giờ./.</p></#if>
<@vb_.signature noi_nhan=["Như trên", "Lưu: VT"]/>
</#macro>
<document>
<#list su_kien.dai_bieu_ds.tat_ca as d>
  <#if d?is_first><@page d/><#else><appendix><@page d/></appendix></#if>
</#list>
</document>
