// Runs Pagefind's own browser API (pagefind.js and its WebAssembly) under Node against a Pagefind bundle on disk,
// answering its fetches from the files and counting their bytes, as bench/search.sh needs for the comparison.
//   node bench/pagefind-node.mjs BUNDLE_DIR QUERY...
// One JSON line per query: the paper ids of the top 10, the files fetched and their bytes (the first search of a
// fresh page: the entry file, the WebAssembly, the index chunks the words need, and the 10 results' fragments).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [bundle, ...queries] = process.argv.slice(2);
const fetched = [];
globalThis.window = globalThis;
globalThis.location = new URL("http://bench.local/pagefind/pagefind.js");
globalThis.document = { currentScript: null, querySelector: () => null };
globalThis.fetch = async (url) => {
  const address = new URL(String(url), "http://bench.local/pagefind/");
  const file = path.join(bundle, decodeURIComponent(address.pathname.replace(/^\/pagefind\//, "")));
  try {
    const bytes = await readFile(file);
    fetched.push({ path: path.relative(bundle, file), bytes: bytes.length });
    return new Response(bytes, { status: 200 });
  } catch {
    return new Response("not found", { status: 404 });
  }
};

for (const query of queries) {
  fetched.length = 0;
  // A fresh module instance per query, so each is measured as a reader's first search.
  const pagefind = await import(pathToFileURL(path.join(bundle, "pagefind.js")).href + "?q=" + encodeURIComponent(query));
  await pagefind.options({ basePath: "http://bench.local/pagefind/" });
  await pagefind.init();
  const started = performance.now();
  const search = await pagefind.search(query);
  const top = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  const milliseconds = performance.now() - started;
  const ids = top.map((data) => (data.url.match(/papers\/([^/]+)\//) ?? [null, data.url])[1]);
  console.log(JSON.stringify({ query, total: search.results.length, ids, files: fetched.map((f) => f.path), indexBytes: fetched.reduce((s, f) => s + f.bytes, 0), milliseconds: Math.round(milliseconds) }));
  await pagefind.destroy?.();
}
