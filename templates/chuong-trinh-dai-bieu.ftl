<#-- Chương trình for the delegates' folder: one page, no header or signature — the event's name,
     time and place, and the timed agenda (the same rows as the Chương trình CTr). -->
<document>
<p kind="centered"><b>${upper(su_kien.ten)}</b></p>
<p kind="centered"><b>GIAI ĐOẠN ${su_kien.giai_doan.chu}</b></p>
<p kind="centered"><i>${su_kien.dia_diem!""}<#if su_kien.ngay??>, ${su_kien.ngay.dong}</#if></i></p>
<p kind="centered"><b>CHƯƠNG TRÌNH ${upper(su_kien.hinh_thuc_chu)}</b></p>
<table>
  <col weight="1.3" align="center">Thời gian</col><col weight="4">Nội dung</col><col weight="2.2" align="center">Thực hiện</col>
  <#list su_kien.lich as r><row><c>${r.gio}</c><c><#if r.tru_bi>Phiên trù bị: </#if>${r.noi_dung}</c><c>${r.thuc_hien}</c></row></#list>
</table>
</document>
