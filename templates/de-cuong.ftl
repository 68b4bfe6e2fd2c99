<#--
  The standard outline of the 5-year summary report (đề cương báo cáo tổng kết),
  after Hướng dẫn 2823/HD-BNV. The periods come from su_kien.giai_doan.
-->
<#assign truoc = su_kien.giai_doan.truoc>
<#assign toi = su_kien.giai_doan.chu>
<#assign nam = su_kien.giai_doan.so_nam>
<phan title="ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA, CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN ${truoc}">
  <muc title="Đặc điểm, tình hình"/>
  <muc title="Kết quả thực hiện các phong trào thi đua và công tác khen thưởng giai đoạn ${truoc}">
    <item>Đánh giá kết quả đạt được của các phong trào thi đua yêu nước từ Đại hội thi đua lần trước đến nay; nêu rõ các phong trào thi đua tiêu biểu và đánh giá tác động, tính thiết thực, hiệu quả của các phong trào thi đua yêu nước đó, góp phần vào việc thực hiện nhiệm vụ chính trị, nhiệm vụ phát triển kinh tế - xã hội, an ninh quốc phòng của cơ quan, đơn vị, địa phương.</item>
    <item>Kết quả công tác khen thưởng; phân tích kết quả, chất lượng các hình thức khen thưởng, việc khen thưởng cho người trực tiếp lao động, sản xuất, công tác, chiến đấu và phục vụ chiến đấu, công nhân, nông dân, việc chấp hành các quy định pháp luật về thi đua, khen thưởng.</item>
    <item>Đánh giá công tác lãnh đạo, chỉ đạo đổi mới tổ chức các phong trào thi đua yêu nước và công tác thi đua, khen thưởng của cấp uỷ Đảng, chính quyền, đoàn thể trong những năm qua.</item>
  </muc>
  <muc title="Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm"/>
</phan>
<phan title="PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN ${toi}">
  <muc title="Phương hướng chung">
    <p>Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng trong ${nam} năm tới.</p>
  </muc>
  <muc title="Những nhiệm vụ chủ yếu">
    <p>Những nội dung chủ yếu đẩy mạnh các phong trào thi đua thực hiện nhiệm vụ chính trị và các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, củng cố quốc phòng - an ninh.</p>
  </muc>
  <muc title="Giải pháp trọng tâm">
    <p>Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu.</p>
  </muc>
</phan>
