#!/usr/bin/env python3
"""Trunk post-build hook: makes the built page run under a strict
Content-Security-Policy and work offline.

0. Draws the overview into index.html's empty `#prerendered` from the
   bundled data, by the page's own components rendered natively with Yew's
   server-side rendering (src/bin/prerender.rs, built with the `ssr`
   feature), so the page can be read before the WebAssembly arrives.
1. Moves the inline start-up script Trunk writes into index.html into a file
   of its own (boot-<hash>.js), so the policy needs no 'unsafe-inline'.
2. Joins the style sheets into one file without comments or spare white
   space (site-<hash>.css): one request, and about 2 KB less to download.
   Trunk's own minifier also rewrites index.html and cannot read the
   wasm-bindgen script, so it is not used.
3. Asks for the WebAssembly and its wasm-bindgen script first (their
   preloads moved to the top of <head>).
4. Writes sw.js, a service worker that caches every file of the build, so the
   explorer opens offline after a first visit. Its version is a hash of the
   build, so publishing a new build (or new data) replaces the cache.

Runs with TRUNK_STAGING_DIR set by Trunk; standard library only.
"""
import base64
import hashlib
import os
import re
import subprocess
import sys

staging = os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else None)
if not staging:
    sys.exit("finish_build: TRUNK_STAGING_DIR is not set (run me as a Trunk post_build hook)")
index_path = os.path.join(staging, "index.html")
if subprocess.run(["cargo", "run", "--quiet", "--features", "ssr", "--bin", "prerender", "--", staging]).returncode != 0:
    sys.exit("finish_build: the pre-render failed")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

REGISTER = """
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('offline copy unavailable:', e));
}
"""

inline = re.compile(r'<script type="module"(?P<attrs>[^>]*)>(?P<body>.*?)</script>', re.S)
match = next((m for m in inline.finditer(html) if "src=" not in m.group("attrs")), None)
if match:
    body = match.group("body").strip() + "\n" + REGISTER
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    name = f"boot-{digest}.js"
    with open(os.path.join(staging, name), "w", encoding="utf-8") as f:
        f.write(body)
    sri = "sha384-" + base64.b64encode(hashlib.sha384(body.encode()).digest()).decode()
    tag = f'<script type="module" src="./{name}" integrity="{sri}"></script>'
    html = html[: match.start()] + tag + html[match.end():]
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)
elif "boot-" not in html:
    sys.exit("finish_build: no start-up script found in index.html")

def minify_css(css):
    """Drops comments and white space that CSS does not need. Quoted strings
    are kept as written; white space is only removed next to `{ } ; , >` and
    after `:`, where it never changes meaning (it does around `+` and `-` in
    calc(), and before `:` in a selector)."""

    def squeeze(code):
        code = re.sub(r"\s+", " ", code)
        code = re.sub(r" ?([{};,>]) ?", r"\1", code)
        return code.replace(": ", ":").replace(";}", "}")

    # Strings and comments, in the order they come, split from the code
    # around them (so a quote in a comment or a comment mark in a string
    # is read as what it is).
    pieces = re.split(r'("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|/\*.*?\*/)', css, flags=re.S)
    out, code = [], ""
    for k, piece in enumerate(pieces):
        if k % 2 == 0:
            code += piece
        elif piece.startswith("/*"):
            code += " "
        else:
            out += [squeeze(code), piece]
            code = ""
    out.append(squeeze(code))
    return "".join(out).strip() + "\n"


sheet = re.compile(r'<link rel="stylesheet" href="\./(?P<name>[^"]+\.css)"[^>]*>\n?')
sheets = list(sheet.finditer(html))
if len(sheets) > 1 or (sheets and not sheets[0].group("name").startswith("site-")):
    parts = []
    for m in sheets:
        path = os.path.join(staging, m.group("name"))
        with open(path, encoding="utf-8") as f:
            parts.append(minify_css(f.read()))
        os.remove(path)
    css = "".join(parts)
    name = f"site-{hashlib.sha256(css.encode()).hexdigest()[:16]}.css"
    with open(os.path.join(staging, name), "w", encoding="utf-8") as f:
        f.write(css)
    sri = "sha384-" + base64.b64encode(hashlib.sha384(css.encode()).digest()).decode()
    tag = f'<link rel="stylesheet" href="./{name}" integrity="{sri}"/>\n'
    first, last = sheets[0], sheets[-1]
    between = html[first.end() : last.start()]
    html = html[: first.start()] + tag + sheet.sub("", between) + html[last.end() :]
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)

# Chrome ignores `integrity` on a wasm preload and says so in the console on
# every load; the wasm is checked when it is fetched for instantiation anyway.
html2 = re.sub(r'(<link rel="preload"[^>]*?) integrity="[^"]*"([^>]*type="application/wasm")', r"\1\2", html)
# The WebAssembly is the largest download and the app cannot start without
# it: Trunk asks for it last, at the end of <head>; it is asked for first,
# beside the data (both preloaded, before the style sheets and scripts).
wasm_preload = re.search(r'<link rel="preload"[^>]*type="application/wasm"[^>]*>', html2)
data_preload = re.search(r'<link rel="preload" href="data/', html2)
if wasm_preload and data_preload and wasm_preload.start() > data_preload.start():
    tag = wasm_preload.group(0)
    html2 = html2[: wasm_preload.start()] + html2[wasm_preload.end():]
    at = html2.index(data_preload.group(0))
    html2 = html2[:at] + tag + "\n  " + html2[at:]
# The wasm-bindgen script is the other thing the app cannot start without:
# Trunk's modulepreload for it sits last in <head>, behind the first-paint
# script, which waits for the style sheet, so the browser asked for it only
# once that had run (about 50 ms after the wasm in a local cold load). It is
# asked for beside the wasm.
glue_preload = re.search(r'<link rel="modulepreload"[^>]*>', html2)
wasm_at = re.search(r'<link rel="preload"[^>]*type="application/wasm"[^>]*>', html2)
if glue_preload and wasm_at and glue_preload.start() > wasm_at.end():
    tag = glue_preload.group(0)
    html2 = html2[: glue_preload.start()] + html2[glue_preload.end():]
    html2 = html2[: wasm_at.end()] + "\n  " + tag + html2[wasm_at.end():]
if html2 != html:
    html = html2
    with open(index_path, "w", encoding="utf-8") as f:
        f.write(html)

# Every file of the build, relative to the page.
files = []
for root, dirs, names in os.walk(staging):
    dirs[:] = [d for d in dirs if not d.startswith(".")]
    for n in sorted(names):
        if n.startswith("."):
            continue
        rel = os.path.relpath(os.path.join(root, n), staging).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()
version = hashlib.sha256()
for rel in files:
    version.update(rel.encode())
    with open(os.path.join(staging, rel), "rb") as f:
        version.update(f.read())
precache = ["./"] + ["./" + f for f in files if f != "index.html"]

SW = """// Generated by scripts/finish_build.py: caches this build for offline use.
const VERSION = %(version)s;
const CACHE = 'inspection-explorer-' + VERSION;
const FILES = %(files)s;
// Always asked of the network first, so a replaced page or data file shows at
// once when online; the cached copy is the offline fallback.
const FRESH = [/\\/$/, /index\\.html$/, /data\\/inspections\\.json$/];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('inspection-explorer-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const fresh = request.mode === 'navigate' || FRESH.some((re) => re.test(url.pathname));
  if (fresh) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            caches.open(CACHE).then((c) => c.put(request.mode === 'navigate' ? './' : request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request.mode === 'navigate' ? './' : request, { ignoreSearch: true }))
    );
  } else {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});
""" % {"version": repr(version.hexdigest()[:16]), "files": repr(precache).replace("'", '"')}

with open(os.path.join(staging, "sw.js"), "w", encoding="utf-8") as f:
    f.write(SW)
print(f"finish_build: start-up script moved to a file, style sheets joined, sw.js caches {len(precache)} files")
