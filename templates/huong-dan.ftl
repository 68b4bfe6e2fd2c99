<#-- Hướng dẫn (ND30 Mẫu 1.4, ký hiệu HD): header, title, opening, the outline of the
     event file, closing, signature, then each phụ lục (e.g. the đề cương). -->
<#import "_common.ftl" as vb_>
<document>
<@vb_.header/>
<@vb_.title/>
<@vb_.opening/>
<#if vb.noi_dung??><@vb_.outline vb.noi_dung/></#if>
<@vb_.closing/>
<@vb_.signature/>
<@vb_.appendices/>
</document>
