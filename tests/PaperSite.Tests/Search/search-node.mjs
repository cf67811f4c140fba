// Runs theme/assets/search.js's engine under Node against a built site's files, as a browser would fetch them,
// and prints JSON. Used by the tests (terms, queries) and by bench/search.sh (bytes fetched per query).
//   node search-node.mjs terms WORD...                      the terms the client makes of each word
//   node search-node.mjs query SITE_DIR [options] QUERY...  one result line per query
// Options: --tag SLUG, --year YYYY, --sort date|upvotes, --limit N, --typing
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import vm from "node:vm";

const here = path.dirname(fileURLToPath(import.meta.url));
const script = process.env.SEARCH_JS ?? path.join(here, "..", "..", "..", "theme", "assets", "search.js");
vm.runInThisContext(await readFile(script, "utf8"), { filename: script });
const { Engine, terms } = globalThis.PaperSiteSearch;

const [mode, ...rest] = process.argv.slice(2);
if (mode === "terms") {
  console.log(JSON.stringify(rest.map((word) => terms(word))));
} else if (mode === "query") {
  const site = rest.shift();
  const options = { limit: 10 };
  const queries = [];
  while (rest.length > 0) {
    const arg = rest.shift();
    if (arg === "--tag") options.tag = rest.shift();
    else if (arg === "--year") options.year = rest.shift();
    else if (arg === "--sort") options.sort = rest.shift();
    else if (arg === "--limit") options.limit = Number(rest.shift());
    else if (arg === "--typing") options.typing = true;
    else queries.push(arg);
  }
  const scriptBytes = (await readFile(script)).length;
  for (const query of queries) {
    // A fresh engine per query: each query is measured as a reader's first search, nothing cached.
    const engine = new Engine("search/index/", async (url) => {
      try { return new Uint8Array(await readFile(path.join(site, url))); } catch { return null; }
    });
    const started = performance.now();
    const found = await engine.search(query, options);
    const milliseconds = performance.now() - started;
    const bytes = engine.fetched.reduce((sum, f) => sum + f.bytes, 0);
    console.log(JSON.stringify({
      query, total: found.total, ids: found.results.map((r) => r.id), files: engine.fetched.map((f) => f.path),
      indexBytes: bytes, scriptBytes, milliseconds: Math.round(milliseconds),
    }));
  }
} else {
  console.error("usage: search-node.mjs terms WORD... | query SITE_DIR [options] QUERY...");
  process.exit(2);
}
