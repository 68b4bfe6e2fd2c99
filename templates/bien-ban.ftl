<#-- Biên bản họp Hội đồng Thi đua - Khen thưởng (ND30 Mẫu 1.9, ký hiệu BB): the fields of the form,
     each candidate's vote against the WHOLE membership and its threshold (nd30.md §4.2),
     THƯ KÝ | CHỦ TỌA side by side, Nơi nhận under them. -->
<#import "_common.ftl" as vb_>
<#assign h = hoi_dong>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Họp " + h.ten + " xét đề nghị khen thưởng")}</line></title>
<p>Thời gian bắt đầu: <#if h.gio_chu?has_content>${h.gio_chu}, </#if>${h.ngay_chu}.</p>
<p>Địa điểm: ${h.dia_diem?has_content?then(h.dia_diem, "................................................")}.</p>
<p>Thành phần tham dự: ${h.co_mat}/${h.thanh_vien} thành viên Hội đồng có mặt; vắng ${h.vang} thành viên<#if h.y_kien_bang_van_ban gt 0> (${h.y_kien_bang_van_ban} thành viên có ý kiến bằng văn bản)</#if>.</p>
<p>Chủ trì (chủ tọa): ${h.chu_toa.ho_ten}<#if h.chu_toa.chuc_vu?has_content>, ${h.chu_toa.chuc_vu}</#if>.</p>
<p>Thư ký (người ghi biên bản): ${h.thu_ky.ho_ten}<#if h.thu_ky.chuc_vu?has_content>, ${h.thu_ky.chuc_vu}</#if>.</p>
<p>Nội dung:</p>
<p>Hội đồng xem xét hồ sơ đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn ${su_kien.giai_doan.truoc}, nhân dịp ${su_kien.ten}. Hội đồng biểu quyết từng trường hợp; tỷ lệ đồng ý tính trên tổng số ${h.thanh_vien} thành viên Hội đồng. Kết quả:</p>
<table>
  <col weight="0.9" align="center">STT</col><col weight="2.6">Tập thể, cá nhân</col><col weight="2.6">Hình thức đề nghị</col><col weight="1.1" align="center">Số phiếu đồng ý</col><col weight="1.3" align="center">Tỷ lệ trên tổng số thành viên</col><col weight="1.3" align="center">Ngưỡng</col><col weight="1.1" align="center">Kết quả</col>
  <#list de_nghi.ds as p><row><c>${p?counter}</c><c>${p.ten}</c><c>${p.hinh_thuc}</c><c><#if p.co_phieu>${p.dong_y}/${h.thanh_vien}</#if></c><c>${p.ty_le}</c><c><#if p.nguong gt 50>≥ ${p.nguong}%<#else>&gt; 50%</#if></c><c><#if !p.co_phieu>Chưa biểu quyết<#elseif p.dat>Đạt<#else>Không đạt</#if></c></row></#list>
</table>
<p>Kết luận: Hội đồng thống nhất đề nghị khen thưởng ${de_nghi.so_dat}/${de_nghi.ds?size} trường hợp đạt tỷ lệ phiếu theo quy định.</p>
<p>Cuộc họp kết thúc vào <#if h.ket_thuc_chu?has_content>${h.ket_thuc_chu}<#else>..... giờ .....</#if>, ${h.ngay_chu}; biên bản đã được đọc lại và các thành viên dự họp thống nhất./.</p>
<signature>
  <signer><line>THƯ KÝ</line><name>${h.thu_ky.ho_ten}</name></signer>
  <signer><line>CHỦ TỌA</line><name>${h.chu_toa.ho_ten}</name></signer>
  <noi-nhan><#list (vb.noi_nhan!dau_cau(["Các thành viên Hội đồng", "Lưu: VT, Hồ sơ"])) as r><r>${r}</r></#list></noi-nhan>
</signature>
</document>
