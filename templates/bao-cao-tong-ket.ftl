<#-- Báo cáo tổng kết Đại hội / Hội nghị (ND30 Mẫu 1.4, ký hiệu BC, with Kính gửi): the results of
     the event from ket_qua, the officer's own assessment (ket_qua.danh_gia) merged in. Sections:
     chuan_bi, ket_qua, khen_thuong, dai_bieu_cap_tren, danh_gia, kien_nghi (muc_rieng ids). -->
<#import "_common.ftl" as vb_>
<#assign ht = su_kien.hinh_thuc_chu>
<#assign htl = ht?lower_case>
<#assign kq = ket_qua!{}>
<#assign ds = su_kien.dai_bieu_ds>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Kết quả tổ chức " + su_kien.ten + ", giai đoạn " + su_kien.giai_doan.chu)}</line></title>
<@vb_.kinh_gui/>
<#list vb.can_cu![] as basis><p kind="basis">${basis}</p></#list>
<#if vb.mo_dau??>${md(vb.mo_dau)}<#else>
<p>${co_quan.ten} báo cáo kết quả tổ chức ${su_kien.ten}, giai đoạn ${su_kien.giai_doan.chu} như sau:</p>
</#if>
<@vb_.part "muc" "chuan_bi" "CÔNG TÁC CHUẨN BỊ">
  <p>${co_quan.ten} đã ban hành kế hoạch, thành lập bộ phận giúp việc, xây dựng báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn ${su_kien.giai_doan.truoc}; lựa chọn các tập thể, cá nhân điển hình tiên tiến, chuẩn bị chu đáo tài liệu, cơ sở vật chất, khánh tiết phục vụ ${htl}.</p>
</@vb_.part>
<@vb_.part "muc" "ket_qua" "KẾT QUẢ TỔ CHỨC ${upper(ht)}">
  <n>${ht} được tổ chức trong ${su_kien.thoi_luong}, bắt đầu lúc ${vb_.thoi_gian_su_kien()}, tại ${su_kien.dia_diem!"(địa điểm)"}.</n>
  <#if (kq.co_so_lieu_co_mat!false)>
  <n>Tổng số đại biểu dự ${htl}: ${kq.co_mat}<#if su_kien.dai_bieu?? && su_kien.dai_bieu.du_kien??>/${su_kien.dai_bieu.du_kien} đại biểu được triệu tập<#else> đại biểu</#if>, trong đó: ${kq.co_mat_dien_hinh} đại biểu điển hình tiên tiến; ${kq.co_mat_khach_moi} đại biểu khách mời và lãnh đạo các cấp, các ngành.</n>
  </#if>
  <#if ds.so gt 0>
  <n>Cơ cấu đại biểu theo danh sách triệu tập: ${ds.so} đại biểu, trong đó ${ds.nu} đại biểu nữ, ${ds.dan_toc} đại biểu người dân tộc thiểu số, ${ds.truc_tiep} đại biểu trực tiếp sản xuất, công tác (có Danh sách trích ngang kèm theo).</n>
  </#if>
  <#if su_kien.doan_chu_tich?has_content>
  <n>Đoàn Chủ tịch gồm ${su_kien.doan_chu_tich?size} đồng chí: <#list su_kien.doan_chu_tich as m>${m.ho_ten}<#sep>, </#list>; Đoàn Thư ký gồm ${su_kien.doan_thu_ky?size} đồng chí<#if su_kien.doan_thu_ky?has_content>: <#list su_kien.doan_thu_ky as m>${m.ho_ten}<#sep>, </#list></#if>.</n>
  </#if>
  <n>${ht} đã tiến hành đầy đủ các nội dung theo chương trình:</n>
  <#list su_kien.lich as row><item>${row.noi_dung}.</item></#list>
</@vb_.part>
<#if kq.khen_thuong?? && kq.khen_thuong?has_content>
<@vb_.part "muc" "khen_thuong" "KẾT QUẢ KHEN THƯỞNG TẠI ${upper(ht)}">
  <p>Tại ${htl} đã khen thưởng ${kq.tong_tap_the} tập thể và ${kq.tong_ca_nhan} cá nhân có thành tích xuất sắc:</p>
  <table>
    <col weight="0.9" align="center">STT</col><col weight="4">Hình thức khen thưởng</col><col weight="1.2" align="center">Tập thể</col><col weight="1.2" align="center">Cá nhân</col>
    <#list kq.khen_thuong as k><row><c>${k?counter}</c><c>${k.hinh_thuc}</c><c>${k.tap_the}</c><c>${k.ca_nhan}</c></row></#list>
    <row><c></c><c><b>Tổng cộng</b></c><c><b>${kq.tong_tap_the}</b></c><c><b>${kq.tong_ca_nhan}</b></c></row>
  </table>
</@vb_.part>
</#if>
<#if kq.dai_bieu_cap_tren?? && kq.dai_bieu_cap_tren?has_content>
<#assign cap_tren = su_kien.dai_hoi_cap_tren!"Đại hội cấp trên">
<@vb_.part "muc" "dai_bieu_cap_tren" "ĐẠI BIỂU ĐI DỰ " + upper(cap_tren)>
  <p>${ht} đã thống nhất giới thiệu ${kq.dai_bieu_cap_tren?size} đại biểu đi dự ${su_kien.dai_hoi_cap_tren!"Đại hội cấp trên"}:</p>
  <#list kq.dai_bieu_cap_tren as m><item>${m.ho_ten}<#if m.chuc_vu?has_content>, ${m.chuc_vu}</#if><#if m.don_vi?has_content>, ${m.don_vi}</#if>.</item></#list>
</@vb_.part>
</#if>
<@vb_.part "muc" "danh_gia" "ĐÁNH GIÁ CHUNG">
  <#if kq.danh_gia??>${md(kq.danh_gia)}<#else>
  <p>${ht} được tổ chức trang trọng, thiết thực, tiết kiệm, đúng chương trình; đã đánh giá toàn diện kết quả phong trào thi đua yêu nước giai đoạn ${su_kien.giai_doan.truoc}, biểu dương, tôn vinh các điển hình tiên tiến và phát động phong trào thi đua giai đoạn ${su_kien.giai_doan.chu}.</p>
  </#if>
</@vb_.part>
<@vb_.part "muc" "kien_nghi" "KIẾN NGHỊ, ĐỀ XUẤT">
  <p>Đề nghị ${co_quan.cap_tren!"cấp trên"} quan tâm chỉ đạo, tạo điều kiện để phong trào thi đua yêu nước tiếp tục phát triển sâu rộng, thiết thực, hiệu quả.</p>
</@vb_.part>
<#if vb.ket_thuc??><@vb_.closing/><#else><p>Trên đây là báo cáo kết quả tổ chức ${su_kien.ten}, giai đoạn ${su_kien.giai_doan.chu}./.</p></#if>
<@vb_.signature noi_nhan=["Như trên", "Lưu: VT"]/>
</document>
