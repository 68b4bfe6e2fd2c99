<#--
  The standard body of a Kế hoạch (or Hướng dẫn) to organise the congress, after seed 004 (a
  province's plan) and seed 000 (a district's guidance), written for each level (su_kien.cap: xa, tinh,
  so_nganh, doanh_nghiep; huyen legacy) and form (Đại hội / Hội nghị). Every Mục has an id for
  muc_rieng: muc_dich, hinh_thuc_thoi_gian, dai_bieu, chuong_trinh, sau_su_kien, kinh_phi, to_chuc.
-->
<#assign ht = su_kien.hinh_thuc_chu>
<#assign htl = ht?lower_case>
<#assign cap = su_kien.cap>
<#assign dn = cap == "doanh_nghiep">
<#assign truoc = su_kien.giai_doan.truoc>
<#assign toi = su_kien.giai_doan.chu>
<#assign don_vi = su_kien.don_vi!co_quan.ten>
<#-- Who leads: an enterprise has its leadership, Party organisation and trade union, not "chính quyền" -->
<#assign lanh_dao = {
  "xa": "cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể xã",
  "huyen": "cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể huyện",
  "tinh": "cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể các cấp trong tỉnh",
  "so_nganh": "cấp ủy, lãnh đạo cơ quan, công đoàn và đoàn thanh niên",
  "doanh_nghiep": "lãnh đạo doanh nghiệp, tổ chức Đảng, công đoàn và đoàn thanh niên"}[cap]>
<#assign nhiem_vu = dn?then("nhiệm vụ sản xuất, kinh doanh của doanh nghiệp", (cap == "so_nganh")?then("nhiệm vụ chính trị của cơ quan, đơn vị", "nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh của địa phương"))>
<#assign nguoi = {
  "xa": "nông dân, người trực tiếp sản xuất, kinh doanh, công tác, học tập; gương người tốt, việc tốt ở thôn, bản, tổ dân phố",
  "huyen": "công nhân, nông dân, người trực tiếp sản xuất, công tác, học tập; gương người tốt, việc tốt",
  "tinh": "công nhân, nông dân, trí thức, doanh nhân, người trực tiếp sản xuất, công tác, học tập, chiến đấu; gương người tốt, việc tốt",
  "so_nganh": "công chức, viên chức, người lao động trực tiếp thực hiện nhiệm vụ chuyên môn",
  "doanh_nghiep": "công nhân, người lao động trực tiếp sản xuất, kinh doanh; sáng kiến, cải tiến kỹ thuật"}[cap]>
<#if su_kien.lan_truoc_la_ma??>
  <#assign tu_lan_truoc = " từ sau " + htl?cap_first + " lần thứ " + su_kien.lan_truoc_la_ma + " đến nay">
<#else>
  <#assign tu_lan_truoc = "">
</#if>
<#assign noi_nhan_chuan = (cap == "xa" || cap == "huyen")?then(
  ["Thường trực Đảng ủy, HĐND " + cap?switch("xa", "xã", "huyện"), "Chủ tịch, các Phó Chủ tịch UBND", "Ủy ban MTTQ Việt Nam và các đoàn thể", "Các cơ quan, đơn vị, thôn, bản, tổ dân phố", "Lưu: VT"],
  dn?then(["Ban Thường vụ Công đoàn cấp trên", "Hội đồng quản trị, Ban Giám đốc", "Đảng ủy, Công đoàn, Đoàn Thanh niên", "Các phòng, ban, đơn vị trực thuộc", "Lưu: VT"],
  (cap == "so_nganh")?then(["Hội đồng Thi đua - Khen thưởng tỉnh", "Sở Nội vụ", "Giám đốc, các Phó Giám đốc", "Các phòng, đơn vị thuộc Sở", "Lưu: VT"],
  ["Hội đồng Thi đua - Khen thưởng Trung ương", "Bộ Nội vụ", "Thường trực Tỉnh ủy, HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường", "Lưu: VT"])))>

<#if vb.mo_dau??><@vb_.opening/><#else>
  <#list vb.can_cu![] as basis><p kind="basis">${basis}</p></#list>
  <p>Nhằm đánh giá kết quả phong trào thi đua yêu nước và công tác khen thưởng giai đoạn ${truoc}, đề ra phương hướng, nhiệm vụ giai đoạn ${toi}, ${co_quan.ten} ban hành ${vb.ten_loai_thuong?lower_case} tổ chức ${su_kien.ten}, giai đoạn ${toi} như sau:</p>
</#if>

<@vb_.part "muc" "muc_dich" "MỤC ĐÍCH, YÊU CẦU">
  <n>Đánh giá kết quả các phong trào thi đua yêu nước và công tác khen thưởng giai đoạn ${truoc}${tu_lan_truoc}; rút ra những kinh nghiệm, đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua và công tác khen thưởng giai đoạn ${toi}, góp phần thực hiện thắng lợi ${nhiem_vu}.</n>
  <n>Biểu dương, tôn vinh các tập thể, cá nhân điển hình tiên tiến, tiêu biểu, xuất sắc là ${nguoi}; qua đó khơi dậy và phát huy sức mạnh đoàn kết, tạo động lực thi đua trong giai đoạn mới.</n>
  <#if su_kien.dai_hoi_cap_tren??><n>Lựa chọn, giới thiệu các tập thể, cá nhân tiêu biểu đi dự ${su_kien.dai_hoi_cap_tren}.</n></#if>
  <n>${ht} được tổ chức trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức.</n>
</@vb_.part>

<@vb_.part "muc" "hinh_thuc_thoi_gian" "HÌNH THỨC, THỜI GIAN, ĐỊA ĐIỂM">
  <item>Hình thức: tổ chức “${su_kien.hinh_thuc}”<#if dn && (su_kien.so_lao_dong!0) gt 0 && su_kien.so_lao_dong lt 300> toàn thể người lao động (doanh nghiệp có ${su_kien.so_lao_dong} lao động, dưới 300 lao động)<#elseif dn && (su_kien.so_lao_dong!0) gte 300> (doanh nghiệp có ${su_kien.so_lao_dong} lao động: tổ chức theo hình thức đại biểu)</#if>.</item>
  <item>Thời gian: ${su_kien.thoi_luong}, bắt đầu lúc ${vb_.thoi_gian_su_kien()}.</item>
  <item>Địa điểm: ${su_kien.dia_diem!"(sẽ thông báo sau)"}.</item>
</@vb_.part>

<@vb_.part "muc" "dai_bieu" "THÀNH PHẦN, SỐ LƯỢNG ĐẠI BIỂU">
  <item>Thành phần: đại biểu khách mời; đại diện ${lanh_dao}; đại diện tập thể và cá nhân Anh hùng, Chiến sĩ thi đua, điển hình tiên tiến tiêu biểu, xuất sắc là ${nguoi}; chú trọng đại biểu nữ<#if !dn && cap != "so_nganh">, đại biểu người dân tộc thiểu số</#if> và người trực tiếp sản xuất, công tác.</item>
  <#if su_kien.dai_bieu??><@vb_.delegates/></#if>
  <#if su_kien.dai_bieu_ds.so gt 0><item>Danh sách đại biểu: ${su_kien.dai_bieu_ds.so} đại biểu (có Danh sách trích ngang kèm theo), trong đó ${su_kien.dai_bieu_ds.nu} đại biểu nữ<#if !dn>, ${su_kien.dai_bieu_ds.dan_toc} đại biểu người dân tộc thiểu số</#if>, ${su_kien.dai_bieu_ds.truc_tiep} đại biểu trực tiếp sản xuất, công tác.</item></#if>
  <#if su_kien.doan_chu_tich?has_content>
  <#assign dien_hinh = su_kien.doan_chu_tich?filter(m -> m.dien_hinh)?size>
  <item>Đoàn Chủ tịch ${htl} gồm ${su_kien.doan_chu_tich?size} đồng chí<#if dien_hinh gt 0> (trong đó ${dien_hinh} đồng chí là anh hùng, chiến sĩ thi đua, điển hình tiên tiến)</#if>: <#list su_kien.doan_chu_tich as m>${m.ho_ten}<#if m.chuc_vu?has_content> (${m.chuc_vu})</#if><#sep>; </#list>.</item>
  <#else>
  <item>Đoàn Chủ tịch ${htl} gồm đại diện ${lanh_dao}, trong đó 1/3 là anh hùng, chiến sĩ thi đua, điển hình tiên tiến tiêu biểu; có nhiệm vụ điều hành ${htl} từ khai mạc đến bế mạc.</item>
  </#if>
  <#if su_kien.doan_thu_ky?has_content>
  <item>Đoàn Thư ký gồm: <#list su_kien.doan_thu_ky as m>${m.ho_ten}<#if m.chuc_vu?has_content> (${m.chuc_vu})</#if><#sep>; </#list>.</item>
  </#if>
</@vb_.part>

<@vb_.part "muc" "chuong_trinh" "CHƯƠNG TRÌNH ${ht?upper_case}">
  <#list su_kien.lich as row><item><#if row.tru_bi>Phiên trù bị: </#if>${row.noi_dung}.</item></#list>
  <p>(Có Chương trình chi tiết kèm theo.)</p>
</@vb_.part>

<@vb_.part "muc" "sau_su_kien" "MỘT SỐ NỘI DUNG SAU ${ht?upper_case}">
  <p>Sau ${htl}, ${co_quan.ten} gửi ${co_quan.cap_tren!"cơ quan cấp trên"}<#if su_kien.han_nop_chu??> trước ngày ${su_kien.han_nop_chu}</#if> các văn bản sau:</p>
  <item>Báo cáo tổng kết ${htl}.</item>
  <item>Danh sách trích ngang đại biểu tham dự ${htl}.</item>
  <item>Tờ trình, biên bản họp Hội đồng Thi đua - Khen thưởng và báo cáo thành tích của các tập thể, cá nhân đề nghị khen thưởng<#if su_kien.dai_hoi_cap_tren??>; danh sách đại biểu đi dự ${su_kien.dai_hoi_cap_tren}</#if>.</item>
</@vb_.part>

<@vb_.part "muc" "kinh_phi" "KINH PHÍ">
  <#switch cap>
    <#case "xa"><#case "huyen"><p>Kinh phí tổ chức ${htl} từ nguồn ngân sách ${(cap == "xa")?then("xã", "huyện")} năm ${su_kien.giai_doan.tu} và các nguồn kinh phí hợp pháp khác; Văn phòng lập dự toán, trình Chủ tịch Ủy ban nhân dân phê duyệt, bảo đảm tiết kiệm, hiệu quả.</p><#break>
    <#case "tinh"><p>Sở Nội vụ lập dự toán kinh phí tổ chức ${htl}, gửi Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt theo quy định; kinh phí từ ngân sách tỉnh và các nguồn hợp pháp khác.</p><#break>
    <#case "so_nganh"><p>Kinh phí tổ chức ${htl} từ nguồn kinh phí chi thường xuyên và quỹ thi đua, khen thưởng của cơ quan năm ${su_kien.giai_doan.tu}, bảo đảm tiết kiệm, hiệu quả.</p><#break>
    <#default><p>Kinh phí tổ chức ${htl} từ quỹ thi đua, khen thưởng của doanh nghiệp, kinh phí công đoàn và các nguồn hợp pháp khác, bảo đảm tiết kiệm, hiệu quả.</p>
  </#switch>
</@vb_.part>

<@vb_.part "muc" "to_chuc" "TỔ CHỨC THỰC HIỆN">
  <#switch cap>
    <#case "xa"><#case "huyen">
      <n>Công chức phụ trách công tác thi đua, khen thưởng chủ trì, phối hợp với Văn phòng tham mưu Ủy ban nhân dân tổ chức ${htl}; xây dựng báo cáo tổng kết theo Đề cương kèm theo; tổng hợp danh sách đại biểu, hồ sơ đề nghị khen thưởng.</n>
      <n>Văn phòng chuẩn bị hội trường, khánh tiết, tài liệu, giấy mời; công chức văn hóa - xã hội phụ trách tuyên truyền, văn nghệ chào mừng.</n>
      <n>Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể lựa chọn, giới thiệu các tập thể, cá nhân điển hình tiên tiến; các thôn, bản, tổ dân phố cử đại biểu theo phân bổ.</n>
      <#break>
    <#case "tinh">
      <n>Sở Nội vụ (cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh) chủ trì, phối hợp với các cơ quan, đơn vị liên quan tham mưu tổ chức ${htl}; xây dựng báo cáo tổng kết; tổng hợp danh sách đại biểu và hồ sơ khen thưởng.</n>
      <n>Sở Văn hóa, Thể thao và Du lịch, Báo và Đài Phát thanh - Truyền hình tỉnh tuyên truyền về ${htl}, biểu dương các điển hình tiên tiến.</n>
      <n>Sở Tài chính thẩm định dự toán, bố trí kinh phí tổ chức ${htl}.</n>
      <n>Các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường lựa chọn, giới thiệu đại biểu theo phân bổ.</n>
      <#break>
    <#case "so_nganh">
      <n>Văn phòng chủ trì, phối hợp với các phòng, đơn vị chuẩn bị nội dung, cơ sở vật chất, khánh tiết và kinh phí tổ chức ${htl}; xây dựng báo cáo tổng kết theo Đề cương kèm theo.</n>
      <n>Các phòng, đơn vị thuộc cơ quan lựa chọn, giới thiệu tập thể, cá nhân điển hình tiên tiến và báo cáo tham luận.</n>
      <n>Đề nghị Công đoàn, Đoàn Thanh niên cơ quan phối hợp tuyên truyền, vận động đoàn viên tham gia.</n>
      <#break>
    <#default>
      <n>Phòng Tổ chức - Hành chính chủ trì, phối hợp với Công đoàn chuẩn bị nội dung, cơ sở vật chất và kinh phí tổ chức ${htl}; xây dựng báo cáo tổng kết theo Đề cương kèm theo.</n>
      <n>Các phòng, ban, đơn vị trực thuộc lựa chọn, giới thiệu tập thể, cá nhân điển hình tiên tiến, chú trọng người lao động trực tiếp sản xuất.</n>
      <n>Công đoàn, Đoàn Thanh niên tuyên truyền, vận động người lao động hưởng ứng phong trào thi đua.</n>
  </#switch>
</@vb_.part>

<#if vb.ket_thuc??><@vb_.closing/><#else>
<p>Trên đây là ${vb.ten_loai_thuong?lower_case} tổ chức ${su_kien.ten}, giai đoạn ${toi}. Trong quá trình thực hiện nếu có vướng mắc, các cơ quan, đơn vị phản ánh về ${co_quan.ten} để xem xét, giải quyết./.</p>
</#if>
