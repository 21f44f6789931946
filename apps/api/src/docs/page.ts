/** @module the docs page and its stylesheet: served by the API itself, no CDN */

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MGI Success Stories API · Docs</title>
<link rel="stylesheet" href="/docs/app.css">
<script src="/docs/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<div class="layout">
<nav id="nav" aria-label="Operations"></nav>
<main id="main" tabindex="-1">
<h1>MGI Success Stories API</h1>
<p>Loading the <a href="/openapi.json">OpenAPI 3.1 document</a>…</p>
<noscript><p>The interactive docs need JavaScript. The <a href="/openapi.json">OpenAPI document</a> describes every endpoint; start at <a href="/v1">/v1</a>.</p></noscript>
</main>
</div>
</body>
</html>
`;

export const DOCS_CSS = `:root{color-scheme:light dark;--fg:#1b1b1f;--bg:#fff;--muted:#5b5b66;--line:#d8d8de;--accent:#0b5cad;--ok:#1a7f37;--err:#b42318;--code:#f4f4f6}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--bg:#141417;--muted:#a5a5b0;--line:#34343c;--accent:#7ab7ff;--ok:#5cd38a;--err:#ff8a80;--code:#1f1f24}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem}
.skip:focus{left:0;z-index:1}
.layout{display:grid;grid-template-columns:minmax(14rem,18rem) 1fr;min-height:100vh}
nav{border-right:1px solid var(--line);padding:1rem;position:sticky;top:0;max-height:100vh;overflow:auto;font-size:.875rem}
nav h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:1rem 0 .25rem}
nav ul{list-style:none;margin:0;padding:0}
nav li{margin:.15rem 0}
main{padding:1.5rem 2rem;max-width:72rem;min-width:0}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.875rem}
pre{background:var(--code);padding:.75rem;overflow:auto;max-height:32rem;border-radius:4px}
.operation{border-top:1px solid var(--line);padding:1rem 0}
.method{display:inline-block;padding:0 .4rem;border-radius:3px;background:var(--accent);color:var(--bg);font-size:.8rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.875rem}
input,select,button{font:inherit;padding:.25rem .4rem;max-width:100%}
button{cursor:pointer}
.status.ok{color:var(--ok)}.status.error{color:var(--err)}
details{margin:.25rem 0}
@media (max-width:48rem){.layout{grid-template-columns:1fr}nav{position:static;max-height:none;border-right:0;border-bottom:1px solid var(--line)}}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
`;
