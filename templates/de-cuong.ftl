<#--
  The standard outline of the 5-year summary report (đề cương báo cáo tổng kết),
  after Hướng dẫn 2823/HD-BNV. The periods come from su_kien.giai_doan.
-->
<#assign truoc = su_kien.giai_doan.truoc>
<#assign toi = su_kien.giai_doan.chu>
<#assign nam = su_kien.giai_doan.so_nam>
<#-- The form and level change the words: no "Đại hội thi đua lần trước" in a Hội nghị, no "chính
     quyền" in an enterprise (its bodies are the leadership, the Party organisation, the trade union). -->
<#assign dn = su_kien.cap == "doanh_nghiep">
<#if (su_kien.hinh_thuc_loai!"dai_hoi") == "dai_hoi">
  <#assign lan_truoc = "từ Đại hội thi đua lần trước đến nay">
<#else>
  <#assign lan_truoc = "từ Hội nghị điển hình tiên tiến lần trước đến nay">
</#if>
<#if (su_kien.lan_thu!0) == 1><#assign lan_truoc = "trong giai đoạn " + truoc></#if>
<#assign lanh_dao = dn?then("lãnh đạo doanh nghiệp, tổ chức Đảng, công đoàn", "cấp uỷ Đảng, chính quyền, đoàn thể")>
<#assign nhiem_vu = dn?then("nhiệm vụ sản xuất, kinh doanh của doanh nghiệp", "nhiệm vụ phát triển kinh tế - xã hội, an ninh quốc phòng của cơ quan, đơn vị, địa phương")>
<#assign chi_tieu = dn?then("các mục tiêu, chỉ tiêu sản xuất, kinh doanh, chăm lo đời sống người lao động", "các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, củng cố quốc phòng - an ninh")>
<phan title="ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN ${truoc}">
  <muc title="Đặc điểm, tình hình"/>
  <muc title="Kết quả thực hiện các phong trào thi đua và công tác khen thưởng giai đoạn ${truoc}">
    <item>Đánh giá kết quả đạt được của các phong trào thi đua yêu nước ${lan_truoc}; nêu rõ các phong trào thi đua tiêu biểu và đánh giá tác động, tính thiết thực, hiệu quả của các phong trào thi đua yêu nước đó, góp phần vào việc thực hiện nhiệm vụ chính trị, ${nhiem_vu}.</item>
    <item>Kết quả công tác khen thưởng; phân tích kết quả, chất lượng các hình thức khen thưởng, việc khen thưởng cho người trực tiếp lao động, sản xuất, công tác, chiến đấu và phục vụ chiến đấu, công nhân, nông dân, việc chấp hành các quy định pháp luật về thi đua, khen thưởng.</item>
    <item>Đánh giá công tác lãnh đạo, chỉ đạo đổi mới tổ chức các phong trào thi đua yêu nước và công tác thi đua, khen thưởng của ${lanh_dao} trong những năm qua.</item>
  </muc>
  <muc title="Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm"/>
</phan>
<phan title="PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN ${toi}">
  <muc title="Phương hướng chung">
    <p>Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng trong ${nam} năm tới.</p>
  </muc>
  <muc title="Những nhiệm vụ chủ yếu">
    <p>Những nội dung chủ yếu đẩy mạnh các phong trào thi đua thực hiện nhiệm vụ chính trị và ${chi_tieu}.</p>
  </muc>
  <muc title="Giải pháp trọng tâm">
    <p>Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu.</p>
  </muc>
</phan>
