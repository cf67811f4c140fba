// Runs Temml on the math corpus (tests/PaperSite.Tests/Abstracts/MathCorpus/*.tex) and compares, formula by
// formula, with what PaperSite's converter gives, as recorded in the golden files beside the corpus
// (*.mathml: a formula PaperSite converts is a <math> element, one it leaves as source a <code>).
// Not part of the test suite. Temml is installed outside the repository:
//   mkdir -p /tmp/temml && (cd /tmp/temml && npm i temml)
//   node bench/math/compare-temml.mjs [/tmp/temml]
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const temmlFolder = process.argv[2] ?? '/tmp/temml';
const temml = createRequire(join(temmlFolder, 'package.json'))('temml');
const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'PaperSite.Tests', 'Abstracts', 'MathCorpus');

// The macros the corpus test gives PaperSite (MathCorpus.cs), given to Temml too for the second count.
const macros = { '\\msun': 'M_{\\odot}', '\\lsun': 'L_{\\odot}', '\\rsun': 'R_{\\odot}', '\\kms': '\\mathrm{km\\,s^{-1}}' };

function temmlConverts(latex, display, withMacros) {
  try {
    temml.renderToString(latex, { displayMode: display, throwOnError: true, macros: withMacros ? { ...macros } : {} });
    return true;
  } catch {
    return false;
  }
}

const totals = { formulas: 0, ours: 0, temml: 0, temmlWithMacros: 0 };
const perFile = [];
const onlyOurs = [], onlyTemml = [];
for (const file of readdirSync(corpus).filter(f => f.endsWith('.mathml')).sort()) {
  const lines = readFileSync(join(corpus, file), 'utf8').split('\n');
  const before = { ...totals };
  for (let i = 0; i + 1 < lines.length; i++) {
    const match = /^(%%?) (.*)$/.exec(lines[i]);
    if (!match) continue;
    const display = match[1] === '%%';
    const latex = match[2];
    const ours = lines[i + 1].startsWith('<math');
    const theirs = temmlConverts(latex, display, false);
    const theirsWithMacros = temmlConverts(latex, display, true);
    totals.formulas++;
    totals.ours += ours;
    totals.temml += theirs;
    totals.temmlWithMacros += theirsWithMacros;
    if (ours && !theirsWithMacros) onlyOurs.push(`${file}: ${latex}`);
    if (!ours && theirsWithMacros) onlyTemml.push(`${file}: ${latex}`);
    i++;
  }
  perFile.push(`${file}: ${totals.formulas - before.formulas} formulas, PaperSite ${totals.ours - before.ours}, ` +
    `Temml ${totals.temml - before.temml} (${totals.temmlWithMacros - before.temmlWithMacros} with the macros)`);
}

console.log(perFile.join('\n'));
console.log(`formulas: ${totals.formulas}`);
console.log(`PaperSite converts (with the corpus macros): ${totals.ours}`);
console.log(`Temml converts: ${totals.temml} without macros, ${totals.temmlWithMacros} with the same macros`);
console.log(`\nconverted by PaperSite only (${onlyOurs.length}):\n  ${onlyOurs.join('\n  ')}`);
console.log(`\nconverted by Temml only (${onlyTemml.length}):\n  ${onlyTemml.join('\n  ')}`);
