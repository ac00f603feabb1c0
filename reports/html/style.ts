/** The report's only stylesheet (inlined and allowed by its hash in the Content-Security-Policy). */
export const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--accent:#0969da;
--critical:#6f42c1;--high:#cf222e;--medium:#bc4c00;--low:#9a6700;--info:#0969da;
--fail:#cf222e;--pass:#1a7f37;--waived:#8250df;--error:#bc4c00;--skip:#6e7781;--not-tested:#8c959f}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:#fff;font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
header.top{background:#0d1117;color:#f0f6fc;padding:24px 40px}
header.top h1{margin:0 0 4px;font-size:22px;font-weight:600}
header.top .meta{color:#9198a1;font-size:13px}
header.top .meta span+span::before{content:" · "}
nav.toc{padding:10px 40px;border-bottom:1px solid var(--line);background:var(--soft);font-size:13px}
nav.toc a{margin-right:16px;color:var(--accent);text-decoration:none}
main{padding:8px 40px 48px;max-width:1440px}
section{margin-top:28px}
h2{font-size:18px;border-bottom:1px solid var(--line);padding-bottom:6px;margin:0 0 14px}
h3{font-size:15px;margin:18px 0 8px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.card .value{font-size:26px;font-weight:600;line-height:1.2}
.card.verdict-fail{border-color:var(--fail);background:#ffebe9}
.card.verdict-pass{border-color:var(--pass);background:#dafbe1}
.verdict-fail .value{color:var(--fail)}
.verdict-pass .value{color:var(--pass)}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px;margin-top:16px}
.chart{border:1px solid var(--line);border-radius:8px;padding:12px 14px}
.chart h3{margin:0 0 8px}
.chart svg{display:block;max-width:100%;height:auto}
.chart svg.dot,svg.dot{display:inline-block}
td details{border:0;padding:0;margin:4px 0 0;font-size:12px}
.legend{list-style:none;margin:8px 0 0;padding:0;font-size:12px;color:var(--muted);display:flex;flex-wrap:wrap;gap:4px 14px}
.dot{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600;white-space:nowrap}
tbody tr:nth-child(even){background:#fbfcfd}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
td.msg{max-width:520px;overflow-wrap:anywhere}
td.loc,td.mono,code,.mono{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,monospace;font-size:12px;overflow-wrap:anywhere}
.sub{color:var(--muted);font-size:12px;margin-top:2px}
.pill{display:inline-block;padding:1px 8px;border-radius:10px;font-size:11px;font-weight:600;color:#fff;white-space:nowrap}
.sev-critical{background:var(--critical)}.sev-high{background:var(--high)}.sev-medium{background:var(--medium)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
.st-fail,.ps-failed{background:var(--fail)}.st-pass,.ps-passed{background:var(--pass)}.st-waived,.ps-waived{background:var(--waived)}
.st-error{background:var(--error)}.st-skip{background:var(--skip)}.ps-not-tested{background:var(--not-tested)}
.expired{color:var(--fail);font-weight:600}
.filters{display:flex;flex-wrap:wrap;gap:10px 22px;align-items:center;padding:10px 12px;border:1px solid var(--line);border-radius:8px;background:var(--soft);margin-bottom:10px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:6px;font-size:12px;color:var(--muted)}
.filters label{font-size:13px;white-space:nowrap}
.filters input[type=search]{padding:5px 8px;border:1px solid var(--line);border-radius:6px;min-width:260px;font:inherit}
.count{margin-left:auto;color:var(--muted);font-size:13px}
.table-wrap{overflow-x:auto}
#findings{font-size:13px;border-top:1px solid var(--line)}
.frow{display:grid;grid-template-columns:110px 76px minmax(0,1.3fr) minmax(0,1.3fr) minmax(0,1fr) minmax(0,2.6fr) minmax(0,.9fr);gap:0 12px;padding:6px 8px;border-bottom:1px solid var(--line);content-visibility:auto;contain-intrinsic-size:auto 58px}
.frow[hidden]{display:none}
.frow>span{min-width:0;overflow-wrap:anywhere}
.fbody .frow:nth-child(even){background:#fbfcfd}
.fhead{background:var(--soft);font-weight:600;position:sticky;top:0;z-index:1;content-visibility:visible}
.frow .sub,.frow .sub code{display:block}
details{border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
details>summary{cursor:pointer;font-weight:600}
pre{background:var(--soft);padding:8px;border-radius:6px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:12px;margin:4px 0}
.empty{color:var(--muted);font-style:italic}
footer{color:var(--muted);font-size:12px;padding:16px 40px;border-top:1px solid var(--line)}
@page{size:A4 landscape;margin:12mm}
@media print{
body{font-size:10pt}
header.top{background:#fff;color:#000;padding:0 0 8px;border-bottom:2px solid #000}
header.top .meta{color:#333}
nav.toc,.filters,.no-print{display:none}
main{padding:0;max-width:none}
section{break-inside:auto}
h2{break-after:avoid}
thead{display:table-header-group}
tr,.card,.chart{break-inside:avoid}
#findings .fhead{position:static}
.frow{content-visibility:visible;break-inside:avoid}
a{color:inherit;text-decoration:none}
details{border:0;padding:0}
.pill{border:1px solid #000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.card,.chart,svg{-webkit-print-color-adjust:exact;print-color-adjust:exact}
footer{padding:8px 0}
}
`.trim();
