/** @module the docs page: served by the API itself, no CDN (its stylesheet is ./app.css) */

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
