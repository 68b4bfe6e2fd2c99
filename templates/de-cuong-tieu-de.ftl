<#-- Title of the standard đề cương báo cáo tổng kết (phụ lục of a Kế hoạch or Hướng dẫn) -->
<line>ĐỀ CƯƠNG</line>
<line>BÁO CÁO TỔNG KẾT PHONG TRÀO THI ĐUA YÊU NƯỚC VÀ CÔNG TÁC KHEN THƯỞNG GIAI ĐOẠN ${su_kien.giai_doan.truoc}; PHƯƠNG HƯỚNG NHIỆM VỤ, CÔNG TÁC THI ĐUA, KHEN THƯỞNG GIAI ĐOẠN ${su_kien.giai_doan.chu}</line>
