<#--
  Parts every ND30 document has. A template writes the document vocabulary:
    <header> <title> <p> <item> <phan> <muc> <khoan> <diem> <n> <table>
    <kinh-gui> <signature> <appendix> <appendix-title>
  Every ${...} is XML-escaped, so no field value can add structure. Numbers
  (I., 1., a), Phần thứ nhất) are computed from nesting: never type them.
-->

<#-- ô 1–4: agency | Quốc hiệu, số | địa danh và ngày -->
<#macro header>
<header>
  <#list co_quan.chu_quan as line><chu-quan>${line}</chu-quan></#list>
  <#list co_quan.ten_in_hoa as line><co-quan>${line}</co-quan></#list>
  <#-- liên tịch: the joint issuer's lines under the issuer's (the renderers stack them for now) -->
  <#if phoi_hop??><#list phoi_hop.chu_quan as line><chu-quan>${line}</chu-quan></#list><#list phoi_hop.ten_in_hoa as line><co-quan>${line}</co-quan></#list></#if>
  <so>${vb.so_ky_hieu}</so>
  <#if vb.du_thao!false><du-thao>DỰ THẢO</du-thao></#if>
  <quoc-hieu>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</quoc-hieu>
  <tieu-ngu>Độc lập - Tự do - Hạnh phúc</tieu-ngu>
  <dia-danh-ngay>${vb.dia_danh_ngay}</dia-danh-ngay>
</header>
</#macro>

<#-- ô 5a: tên loại and trích yếu; without a trích yếu, "Tổ chức" + the event's name and period -->
<#macro title>
<title type="${vb.ten_loai}"><line>${vb.trich_yeu!("Tổ chức " + su_kien.ten + ", giai đoạn " + su_kien.giai_doan.chu)}</line></title>
</#macro>

<#-- Căn cứ (italic, one per line) and the opening paragraphs -->
<#macro opening>
  <#list vb.can_cu![] as basis><p kind="basis">${basis}</p></#list>
  <#if vb.mo_dau??>${md(vb.mo_dau)}</#if>
</#macro>

<#-- The body outline of the event file: Phần / Mục / Khoản / Điểm -->
<#macro outline nodes>
  <#list nodes as node>
    <#if node.phan??><phan title="${node.phan}"><@node_body node/></phan>
    <#elseif node.muc??><muc title="${node.muc}"><@node_body node/></muc>
    <#elseif node.khoan??><khoan title="${node.khoan}"><@node_body node/></khoan>
    <#elseif node.diem??><diem title="${node.diem}"><@node_body node/></diem>
    <#else><@node_body node/>
    </#if>
  </#list>
</#macro>

<#macro node_body node>
  <#if node.van_ban??>${md(node.van_ban)}</#if>
  <#if (node.tu_dong!"") == "chuong_trinh"><@agenda_items/></#if>
  <#if (node.tu_dong!"") == "dai_bieu"><@delegates/></#if>
  <#if node.con??><@outline node.con/></#if>
  <#if node.sau??>${md(node.sau)}</#if>
</#macro>

<#-- The agenda of the event as "- " items -->
<#macro agenda_items>
  <#list su_kien.chuong_trinh![] as item><item>${item.noi_dung}.</item></#list>
</#macro>

<#-- The delegate numbers of the event as one "- " item -->
<#macro delegates>
  <#assign d = su_kien.dai_bieu>
  <item>Số lượng đại biểu: tối đa ${d.toi_da} đại biểu<#if d.du_kien??> (dự kiến ${d.du_kien} đại biểu)</#if><#if d.ty_le_dien_hinh??>, trong đó đại biểu điển hình tiên tiến chiếm ${d.ty_le_dien_hinh}%<#if d.ty_le_khach_moi??>; đại biểu khách mời và lãnh đạo các cấp, các ngành chiếm ${d.ty_le_khach_moi}%</#if></#if>.</item>
</#macro>

<#-- The closing paragraph(s), ending "/." -->
<#macro closing>
  <#if vb.ket_thuc??>${md(vb.ket_thuc)}</#if>
</#macro>

<#-- The standard list's "Lưu: VT" with the drafting unit after it when the file names one
     (co_quan.don_vi_soan_thao): "Lưu: VT, VP" (ND30 Phụ lục I mục II.9.b). -->
<#function luu items>
  <#if !(co_quan.don_vi_soan_thao?has_content)><#return items></#if>
  <#local out = []>
  <#list items as r><#local out = out + [(r == "Lưu: VT")?then("Lưu: VT, " + co_quan.don_vi_soan_thao, r)]></#list>
  <#return out>
</#function>

<#-- ô 7 and 9b: Nơi nhận | signer. noi_nhan: the kind's standard list when the file gives none.
     A liên tịch document: the joint issuer's signer on the left, the issuer's on the right. -->
<#macro signature noi_nhan=["Lưu: VT"]>
<signature>
  <#if phoi_hop??>
  <signer>
    <#list phoi_hop.dong_ky as line><line>${line}</line></#list>
    <name>${phoi_hop.nguoi_ky.ho_ten!""}</name>
  </signer>
  </#if>
  <signer>
    <#list vb.dong_ky as line><line>${line}</line></#list>
    <name>${vb.nguoi_ky.ho_ten!""}</name>
  </signer>
  <noi-nhan><#list (vb.noi_nhan!dau_cau(luu(noi_nhan))) as r><r>${r}</r></#list></noi-nhan>
</signature>
</#macro>

<#-- A standard section the officer can replace (van_ban), extend (them), retitle (tieu_de) or drop
     (bo) with muc_rieng: {ma: id}. tag: muc or khoan. The comment lets vanban check the ids. -->
<#macro part tag id title>
  <#local own = vb.rieng[id]!{}>
<!--phan:${id}-->
  <#if !(own.bo!false)>
  <${tag} title="${own.tieu_de!title}">
    <#if own.van_ban??>${md(own.van_ban)}<#else><#nested></#if>
    <#if own.them??>${md(own.them)}</#if>
  </${tag}>
  </#if>
</#macro>

<#-- Kính gửi (ô 9a) of a Báo cáo or Tờ trình sent upward -->
<#macro kinh_gui>
  <#if vb.kinh_gui??><kinh-gui><#list vb.kinh_gui as r><r>${r}</r></#list></kinh-gui></#if>
</#macro>

<#-- The event's time and place in words: "7 giờ 30 phút, ngày 20 tháng 11 năm 2025" -->
<#function thoi_gian_su_kien>
  <#local t = "">
  <#if su_kien.gio_chu??><#local t = su_kien.gio_chu + ", "></#if>
  <#if su_kien.ngay??><#return t + su_kien.ngay.dong><#else><#return t + "(sẽ thông báo sau)"></#if>
</#function>

<#-- Each phụ lục on its own pages, with its own page numbers -->
<#macro appendices>
  <#list vb.phu_luc!((vb.noi_dung??)?then([], [{"mau": "de_cuong"}])) as pl>
  <appendix>
    <appendix-title<#if pl.so_thu_tu!false> label="Phụ lục ${roman(pl?index + 1)}"</#if>>
      <#if pl.tieu_de??>
        <#list pl.tieu_de as line><line>${line}</line></#list>
      <#elseif (pl.mau!"") == "de_cuong">
        <#include "de-cuong-tieu-de.ftl">
      </#if>
      <attached>(Kèm theo ${vb.trich_dan})</attached>
    </appendix-title>
    <#if pl.noi_dung??>
      <@outline pl.noi_dung/>
    <#elseif (pl.mau!"") == "de_cuong">
      <#include "de-cuong.ftl">
    </#if>
    <#if pl.luu_y??>
      <p kind="note"><b><i>Lưu ý:</i></b></p>
      ${md(pl.luu_y)}
    </#if>
  </appendix>
  </#list>
</#macro>
