<#-- Kế hoạch (ND30 Mẫu 1.4, ký hiệu KH): header, title, opening, then either the event file's own
     outline (noi_dung) or the standard sections of the level and form (ke-hoach-noi-dung.ftl),
     each replaceable with muc_rieng; closing, signature, then each phụ lục (the đề cương by default). -->
<#import "_common.ftl" as vb_>
<document>
<@vb_.header/>
<@vb_.title/>
<#if vb.noi_dung??>
<@vb_.opening/>
<@vb_.outline vb.noi_dung/>
<@vb_.closing/>
<#else>
<#include "ke-hoach-noi-dung.ftl">
</#if>
<@vb_.signature noi_nhan=noi_nhan_chuan![]/>
<@vb_.appendices/>
</document>
