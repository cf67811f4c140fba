// Turns the two clients' query lines (bench/search.sh) into the Markdown table of bench/README.md.
import { readFileSync } from "node:fs";

const [ours, theirs, pagefindScript, n, psKib, psFiles, psIndexMs, psBuildS, psRss, pfKib, pfFiles, pfS, pfRss, machine, psIndexPeakAdded] = process.argv.slice(2);
const lines = (file) => readFileSync(file, "utf8").split("\n").filter((l) => l).map((l) => JSON.parse(l));
const ps = lines(ours), pf = lines(theirs);
const kib = (bytes) => (bytes / 1024).toFixed(1);
const out = [];
out.push(`# Search at ${Number(n).toLocaleString("en")} papers: PaperSite against Pagefind 1.6.0`, "");
out.push(`Machine: ${machine}. Node ${process.version}. Bytes are the files as stored, as a first search fetches them with nothing cached: both indexes store their files gzip-compressed (PaperSite's manifest and both scripts are counted uncompressed).`, "");
out.push("| | PaperSite | Pagefind |", "| --- | ---: | ---: |");
out.push(`| index size | ${(psKib / 1024).toFixed(1)} MiB | ${(pfKib / 1024).toFixed(1)} MiB |`);
out.push(`| index files | ${psFiles} | ${pfFiles} |`);
out.push(`| time to build the index | ${(psIndexMs / 1000).toFixed(2)} s (two build stages) | ${pfS} s (whole run) |`);
out.push(`| peak memory | ${psRss} MiB (the whole site build) | ${pfRss} MiB (indexing only) |`);
out.push(`| peak memory the index added | ${psIndexPeakAdded} MiB (the build's peak after its two stages, less before them) | ${pfRss} MiB (its whole run) |`);
out.push(`| whole site build, for scale | ${psBuildS} s | |`);
out.push("", "| query | PaperSite KiB (files) | Pagefind KiB (files) | PaperSite found | Pagefind found | Pagefind top 10 in PaperSite's |", "| --- | ---: | ---: | ---: | ---: | ---: |");
let sumPs = 0, sumPf = 0, maxPs = 0, maxPf = 0, overlap = 0, counted = 0;
for (const a of ps) {
  const b = pf.find((x) => x.query === a.query);
  const mine = a.indexBytes + a.scriptBytes, theirsBytes = b.indexBytes + Number(pagefindScript);
  sumPs += mine; sumPf += theirsBytes; maxPs = Math.max(maxPs, mine); maxPf = Math.max(maxPf, theirsBytes);
  const shared = b.ids.filter((id) => a.ids.includes(id)).length;
  if (b.ids.length > 0) { overlap += shared / Math.min(10, b.ids.length); counted++; }
  out.push(`| \`${a.query}\` | ${kib(mine)} (${a.files.length + 1}) | ${kib(theirsBytes)} (${b.files.length + 1}) | ${a.total} | ${b.total} | ${b.ids.length ? `${shared} of ${b.ids.length}` : "–"} |`);
}
out.push("", `Mean per query: PaperSite ${kib(sumPs / ps.length)} KiB, Pagefind ${kib(sumPf / ps.length)} KiB (ratio ${(sumPs / sumPf).toFixed(2)}); largest: ${kib(maxPs)} against ${kib(maxPf)} KiB.`);
out.push(`Mean top-10 overlap: ${(100 * overlap / Math.max(1, counted)).toFixed(0)}% of Pagefind's top 10 are in PaperSite's top 10.`);
out.push("Script included on both sides: PaperSite's search.js, Pagefind's pagefind.js (its WebAssembly is among the fetched files).");
console.log(out.join("\n"));
