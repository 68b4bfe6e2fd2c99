<#-- Báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng 5 năm: a DRAFT on the
     Đề cương's structure. Each section carries the guidance as an editable prompt [in brackets,
     italic] and, where figures belong, a table filled from su_kien.khen_thuong_giai_doan (or blank
     rows per year to fill in). Replace any section with muc_rieng. -->
<#import "_common.ftl" as vb_>
<#assign truoc = su_kien.giai_doan.truoc>
<#assign toi = su_kien.giai_doan.chu>
<#assign dn = su_kien.cap == "doanh_nghiep">
<#assign lanh_dao = dn?then("lãnh đạo doanh nghiệp, tổ chức Đảng, công đoàn", "cấp ủy Đảng, chính quyền, đoàn thể")>
<#assign lan_truoc = su_kien.dai_hoi?then("từ Đại hội Thi đua yêu nước lần trước đến nay", "từ Hội nghị điển hình tiên tiến lần trước đến nay")>
<#if (su_kien.lan_thu!0) == 1><#assign lan_truoc = "trong giai đoạn " + truoc></#if>
<#macro prompt text><p><i>[${text}]</i></p></#macro>
<document>
<@vb_.header/>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn " + truoc + "; phương hướng, nhiệm vụ giai đoạn " + toi)}</line></title>
<#if vb.mo_dau??>${md(vb.mo_dau)}</#if>
<phan title="ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN ${truoc}">
  <@vb_.part "muc" "dac_diem" "Đặc điểm, tình hình">
    <@prompt "Nêu đặc điểm, tình hình của " + co_quan.ten + ": thuận lợi, khó khăn tác động đến phong trào thi đua giai đoạn " + truoc + "."/>
  </@vb_.part>
  <@vb_.part "muc" "ket_qua" "Kết quả thực hiện các phong trào thi đua và công tác khen thưởng giai đoạn ${truoc}">
    <khoan title="Kết quả các phong trào thi đua">
      <@prompt "Đánh giá kết quả đạt được của các phong trào thi đua yêu nước " + lan_truoc + "; nêu rõ các phong trào thi đua tiêu biểu, tác động, tính thiết thực, hiệu quả."/>
    </khoan>
    <khoan title="Kết quả công tác khen thưởng">
      <@prompt "Phân tích kết quả, chất lượng các hình thức khen thưởng; việc khen thưởng người trực tiếp lao động, sản xuất, công tác; việc chấp hành pháp luật về thi đua, khen thưởng. Số liệu theo năm và hình thức:"/>
      <table>
        <col weight="0.9" align="center">Năm</col><col weight="4">Danh hiệu thi đua, hình thức khen thưởng</col><col weight="1.2" align="center">Tập thể</col><col weight="1.2" align="center">Cá nhân</col>
        <#list su_kien.khen_thuong_nam as r><row><c>${r.nam}</c><c>${r.hinh_thuc}</c><c>${r.tap_the}</c><c>${r.ca_nhan}</c></row></#list>
      </table>
    </khoan>
    <khoan title="Công tác lãnh đạo, chỉ đạo">
      <@prompt "Đánh giá công tác lãnh đạo, chỉ đạo đổi mới tổ chức các phong trào thi đua và công tác khen thưởng của " + lanh_dao + "."/>
    </khoan>
  </@vb_.part>
  <@vb_.part "muc" "han_che" "Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm">
    <@prompt "Nêu những tồn tại, hạn chế chủ yếu, nguyên nhân khách quan, chủ quan và bài học kinh nghiệm."/>
  </@vb_.part>
</phan>
<phan title="PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN ${toi}">
  <@vb_.part "muc" "phuong_huong" "Phương hướng chung">
    <@prompt "Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng trong " + su_kien.giai_doan.so_nam + " năm tới."/>
  </@vb_.part>
  <@vb_.part "muc" "nhiem_vu" "Những nhiệm vụ chủ yếu">
    <@prompt "Nêu những nội dung chủ yếu đẩy mạnh các phong trào thi đua thực hiện " + dn?then("các mục tiêu, chỉ tiêu sản xuất, kinh doanh", "nhiệm vụ chính trị và các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội") + "."/>
  </@vb_.part>
  <@vb_.part "muc" "giai_phap" "Giải pháp trọng tâm">
    <@prompt "Nêu công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu."/>
  </@vb_.part>
</phan>
<#if vb.ket_thuc??><@vb_.closing/><#else><p>Trên đây là báo cáo tổng kết phong trào thi đua yêu nước và công tác khen thưởng giai đoạn ${truoc}; phương hướng, nhiệm vụ giai đoạn ${toi} của ${co_quan.ten}./.</p></#if>
<@vb_.signature noi_nhan=[co_quan.cap_tren!"Cơ quan cấp trên", "Lưu: VT"]/>
</document>
