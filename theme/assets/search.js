// PaperSite's search: loaded by the search page only. It reads the index the build wrote below search/index/
// (docs/SEARCH.md) and fetches only the files the query's words need. No dependencies, no inline script.
// The word rules (folding, stemming) mirror src/PaperSite/Search/SearchText.cs and LightStemmer.cs exactly;
// a test runs both on the same words. Under Node (the tests, bench/search.sh) only the engine is defined.
"use strict";
(() => {
  // Accented Latin letters and their ASCII letter, as src/PaperSite/Text/CombiningAccents.cs lists them.
  const ACCENT_ROWS = [
    "AEINOUWYaeinouwy", "ÀÈÌǸÒÙẀỲàèìǹòùẁỳ",
    "ACEGIKLMNOPRSUWYZacegiklmnoprsuwyz", "ÁĆÉǴÍḰĹḾŃÓṔŔŚÚẂÝŹáćéǵíḱĺḿńóṕŕśúẃýź",
    "ACEGHIJOSUWYZaceghijosuwyz", "ÂĈÊĜĤÎĴÔŜÛŴŶẐâĉêĝĥîĵôŝûŵŷẑ",
    "AEINOUVYaeinouvy", "ÃẼĨÑÕŨṼỸãẽĩñõũṽỹ",
    "AEGIOUYaegiouy", "ĀĒḠĪŌŪȲāēḡīōūȳ",
    "AEGIOUaegiou", "ĂĔĞĬŎŬăĕğĭŏŭ",
    "ABCDEFGHIMNOPRSTWXYZabcdefghmnoprstwxyz", "ȦḂĊḊĖḞĠḢİṀṄȮṖṘṠṪẆẊẎŻȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏż",
    "AEHIOUWXYaehiotuwxy", "ÄËḦÏÖÜẄẌŸäëḧïöẗüẅẍÿ",
    "AUauwy", "ÅŮåůẘẙ",
    "OUou", "ŐŰőű",
    "ACDEGHIKLNORSTUZacdeghijklnorstuz", "ǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽǎčďěǧȟǐǰǩľňǒřšťǔž",
    "ABDEHIKLMNORSTUVWYZabdehiklmnorstuvwyz", "ẠḄḌẸḤỊḲḶṂṆỌṚṢṬỤṾẈỴẒạḅḍẹḥịḳḷṃṇọṛṣṭụṿẉỵẓ",
    "CDEGHKLNRSTcdeghklnrst", "ÇḐȨĢḨĶĻŅŖŞŢçḑȩģḩķļņŗşţ",
    "AEIOUaeiou", "ĄĘĮǪŲąęįǫų",
    "BDKLNRTZbdhklnrtz", "ḆḎḴḺṈṞṮẔḇḏẖḵḻṉṟṯẕ",
  ];
  const FOLD = new Map(Object.entries({
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ȷ": "j", "ĳ": "ij", "Ĳ": "IJ",
  }));
  for (let row = 0; row < ACCENT_ROWS.length; row += 2) {
    const letters = ACCENT_ROWS[row], composed = ACCENT_ROWS[row + 1];
    for (let i = 0; i < letters.length; i++) FOLD.set(composed[i], letters[i]);
  }
  const MAX_TERM_LENGTH = 40;

  // Folded, lower-cased runs of ASCII letters and digits, before stemming (UTF-16 units, as .NET reads text).
  function words(text) {
    const found = [];
    let word = "";
    const flush = () => {
      if (word.length > 0 && word.length <= MAX_TERM_LENGTH) found.push(word);
      word = "";
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      const spelled = c < "\u0080" ? c : FOLD.get(c) ?? (c >= "\u0300" && c <= "\u036f" ? "" : " ");
      for (const s of spelled) {
        if ((s >= "a" && s <= "z") || (s >= "0" && s <= "9")) word += s;
        else if (s >= "A" && s <= "Z") word += s.toLowerCase();
        else flush();
      }
    }
    flush();
    return found;
  }

  const hasVowel = (s) => /[aeiouy]/.test(s);
  function undouble(s) {
    const last = s[s.length - 1];
    return s.length >= 4 && s[s.length - 2] === last && !"lsz".includes(last) && !"aeiou".includes(last) ? s.slice(0, -1) : s;
  }

  function stem(word) {
    if (word.length <= 3 || (word[word.length - 1] >= "0" && word[word.length - 1] <= "9")) return word;
    // First plurals, then -ing or -ed of what is left ("embeddings" to "embedding" to "embed").
    if (word.endsWith("ies") && word.length > 4) word = word.slice(0, -3) + "y";
    else if (word.endsWith("sses")) word = word.slice(0, -2);
    else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) word = word.slice(0, -1);
    if (word.endsWith("ing") && hasVowel(word.slice(0, -3)) && word.length - 3 >= 3) return undouble(word.slice(0, -3));
    if (word.endsWith("ed") && !word.endsWith("eed") && hasVowel(word.slice(0, -2)) && word.length - 2 >= 3) return undouble(word.slice(0, -2));
    return word;
  }

  const terms = (text) => words(text).map(stem);

  // Numbers five bits a character (src/PaperSite/Search/VarintText.cs).
  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const DIGIT = new Map([...ALPHABET].map((c, i) => [c, i]));
  function numbers(text) {
    const values = [];
    let value = 0;
    for (const c of text) {
      const digit = DIGIT.get(c);
      if (digit === undefined) continue;
      value = value * 32 + (digit & 31);
      if (digit < 32) { values.push(value); value = 0; }
    }
    return values;
  }

  // Postings: runs of [level, count, gap...]; returns [paper, level] pairs in impact order.
  function postings(text) {
    const values = numbers(text), out = [];
    for (let i = 0; i < values.length;) {
      const level = values[i++], count = values[i++];
      let previous = -1;
      for (let k = 0; k < count; k++) { previous += values[i++] + 1; out.push([previous, level]); }
    }
    return out;
  }

  function gaps(text) {
    let previous = -1;
    return numbers(text).map((gap) => (previous += gap + 1));
  }

  // Which shards exist, on a large site: one bit for every key of one to three letters or digits, in the order of
  // src/PaperSite/Search/ShardKeys.cs, written in the varint alphabet six bits a character.
  const KEY_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
  function shardBits(text) {
    return (key) => {
      let id = 0, offset = 0, size = 1;
      for (let length = 1; length < key.length; length++) { size *= KEY_ALPHABET.length; offset += size; }
      for (const c of key) {
        const digit = KEY_ALPHABET.indexOf(c);
        if (digit < 0) return false;
        id = id * KEY_ALPHABET.length + digit;
      }
      const bit = offset + id, digit = DIGIT.get(text[Math.floor(bit / 6)]);
      return digit !== undefined && ((digit >> (bit % 6)) & 1) === 1;
    };
  }

  const PREFIX_EXPANSIONS = 8;
  const MAX_OVERFLOW_LOADS = 6;

  // The search itself, over any way of fetching text (fetch in a browser, files under Node).
  class Engine {
    // fetchBytes(url) gives the file's bytes as a Uint8Array, or null when there is none.
    constructor(indexUrl, fetchBytes) {
      this.indexUrl = indexUrl;
      this.fetchBytes = fetchBytes;
      this.cache = new Map();
      this.fetched = [];
    }

    // Each file once, as text; a missing file is null (a tag address typed by hand). Files ending .gz are gzip,
    // unless the server already undid it (some send .gz files with Content-Encoding: gzip): the first bytes tell.
    load(path) {
      if (!this.cache.has(path)) {
        this.cache.set(path, this.fetchBytes(this.indexUrl + path).then(async (bytes) => {
          if (bytes === null) return null;
          this.fetched.push({ path, bytes: bytes.byteLength });
          const gzip = bytes.byteLength > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
          const plain = gzip ? new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer()) : bytes;
          return new TextDecoder().decode(plain);
        }));
      }
      return this.cache.get(path);
    }

    async manifest() {
      if (!this.manifestData) {
        const data = JSON.parse(await this.load("manifest.json"));
        data.hasShard = data.shards !== undefined ? ((set) => (key) => set.has(key))(new Set(data.shards.split(" ").filter((s) => s))) : shardBits(data.shardBits);
        this.manifestData = data;
      }
      return this.manifestData;
    }

    shardOf(term) { return term.slice(0, this.manifestData.prefix); }

    async shard(key) {
      const manifest = await this.manifest();
      if (!manifest.hasShard(key)) return new Map();
      const parsedKey = "parsed:" + key;
      if (!this.cache.has(parsedKey)) {
        this.cache.set(parsedKey, this.load("t/" + key + ".txt.gz").then((text) => {
          const map = new Map();
          for (const line of (text ?? "").split("\n")) {
            if (!line) continue;
            const [term, df, overflow, list] = line.split(" ");
            map.set(term, { term, df: Number(df), overflow: Number(overflow), first: list ?? "" });
          }
          return map;
        }));
      }
      return this.cache.get(parsedKey);
    }

    // The terms one query word stands for: its stem, and while it is being typed, the commonest terms it begins.
    async termsFor(word, isPrefix) {
      const exact = stem(word);
      const keys = new Set([this.shardOf(exact), this.shardOf(word)]);
      const found = new Map();
      for (const key of keys) {
        const shard = await this.shard(key);
        if (shard.has(exact)) found.set(exact, { entry: shard.get(exact), weight: 1 });
        if (!isPrefix || word.length < this.manifestData.prefix) continue;
        const extensions = [...shard.values()]
          .filter((e) => e.term !== exact && (e.term.startsWith(word) || (word.startsWith(e.term) && e.term.length >= word.length - 3)))
          .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
          .slice(0, PREFIX_EXPANSIONS);
        for (const entry of extensions) found.set(entry.term, { entry, weight: 0.9 });
      }
      return [...found.values()];
    }

    async tagPapers(slug) {
      const text = await this.load("g/" + slug + ".txt.gz");
      return text === null ? new Set() : new Set(gaps(text));
    }

    async records(papers) {
      const manifest = await this.manifest();
      const chunks = [...new Set(papers.map((p) => Math.floor(p / manifest.chunk)))];
      const loaded = await Promise.all(chunks.map((c) => this.load("r/" + c + ".json.gz").then((t) => [c, JSON.parse(t)])));
      const byChunk = new Map(loaded);
      return papers.map((p) => {
        const [id, title, authors, date, upvotes, tags, text] = byChunk.get(Math.floor(p / manifest.chunk))[p % manifest.chunk];
        return { paper: p, id, title, authors, date, upvotes, tags, text };
      });
    }

    // query: the reader's text; options: tag (slug), year, sort ("", "date", "upvotes"), limit, typing (last word is a prefix).
    async search(query, options = {}) {
      const manifest = await this.manifest();
      const limit = options.limit ?? 20;
      const queryWords = [...new Set(words(query))];
      const typing = options.typing && queryWords.length > 0 && !/\s$/.test(query);
      const groups = await Promise.all(queryWords.map((word, i) => this.termsFor(word, typing && i === queryWords.length - 1)));

      let allowed = null;
      if (options.tag) allowed = await this.tagPapers(options.tag);
      let range = null;
      if (options.year) {
        const year = manifest.years.find(([y]) => String(y) === String(options.year));
        range = year ? [year[1], year[2]] : [1, 0];
      }
      const admits = (p) => (!range || (p >= range[0] && p <= range[1])) && (!allowed || allowed.has(p));

      let ranked, partial = false;
      if (queryWords.length === 0) {
        // Filters alone list their papers newest first (position order).
        if (!allowed && !range) return { results: [], total: 0, words: [] };
        const pool = allowed ? [...allowed].sort((a, b) => a - b) : [];
        if (!allowed) for (let p = range[0]; p <= range[1]; p++) pool.push(p);
        ranked = pool.filter(admits).map((paper) => ({ paper, score: 0, matched: 0 }));
      } else {
        ({ ranked, partial } = await this.rank(manifest, groups, admits, limit));
      }

      if (options.sort === "date") ranked.sort((a, b) => b.matched - a.matched || a.paper - b.paper);
      if (options.sort === "upvotes") {
        const upvotes = numbers(await this.load("upvotes.txt.gz"));
        ranked.sort((a, b) => b.matched - a.matched || upvotes[b.paper] - upvotes[a.paper] || a.paper - b.paper);
      }

      const top = ranked.slice(0, limit);
      const records = await this.records(top.map((r) => r.paper));
      const hitTerms = new Set(groups.flat().map((g) => g.entry.term));
      const results = records.map((record, i) => ({ ...record, score: top[i].score, matched: top[i].matched, snippet: snippet(record.text, hitTerms) }));
      // partial: some list was not read to its end, so more papers match than total says.
      return { results, total: ranked.length, partial, words: queryWords, terms: [...hitTerms] };
    }

    // Sum over query words of idf x impact; a word counts once however many of its prefix terms a paper has.
    // Lists are read from their start (best papers first); the rest of a long list is fetched, a block at a
    // time, only while too few papers match every word.
    async rank(manifest, groups, admits, limit) {
      const state = groups.map((group) => group.map(({ entry, weight }) => ({
        entry, weight,
        idf: Math.log(1 + (manifest.papers - entry.df + 0.5) / (entry.df + 0.5)),
        lists: [postings(entry.first)],
        nextBlock: 0,
      })));
      for (let loads = 0; ; loads++) {
        const scores = new Map();
        state.forEach((group, w) => {
          for (const term of group) {
            const factor = term.idf * term.weight * (manifest.k1 + 1) / manifest.levels;
            for (const list of term.lists) {
              for (const [paper, level] of list) {
                if (!admits(paper)) continue;
                let s = scores.get(paper);
                if (!s) scores.set(paper, (s = { paper, best: new Array(groups.length).fill(0) }));
                s.best[w] = Math.max(s.best[w], factor * level);
              }
            }
          }
        });
        const ranked = [...scores.values()].map(({ paper, best }) => ({
          paper, score: best.reduce((a, b) => a + b, 0), matched: best.filter((b) => b > 0).length,
        }));
        const complete = ranked.filter((r) => r.matched === groups.length).length;
        const pending = state.flat().filter((t) => t.nextBlock < t.entry.overflow);
        if (complete >= limit || pending.length === 0 || loads >= MAX_OVERFLOW_LOADS) {
          ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || a.paper - b.paper);
          return { ranked, partial: pending.length > 0 };
        }
        // The commonest pending term is the one whose unread part holds the most of the missing papers.
        const next = pending.sort((a, b) => b.entry.df - a.entry.df || (a.entry.term < b.entry.term ? -1 : 1))[0];
        next.lists.push(postings(await this.load("o/" + next.entry.term + "-" + next.nextBlock + ".txt.gz")));
        next.nextBlock++;
      }
    }
  }

  // A window of the abstract around its first matching word, as [text, isHit] pieces (shown as text, never HTML).
  function snippet(text, hitTerms, size = 220) {
    const pieces = [];
    const pattern = /[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]+/g;
    let first = -1;
    for (let m; (m = pattern.exec(text));) {
      if (terms(m[0]).some((t) => hitTerms.has(t))) { first = m.index; break; }
    }
    let start = first < 0 ? 0 : Math.max(0, first - 60);
    if (start > 0) { const space = text.indexOf(" ", start); if (space >= 0 && space < first) start = space + 1; }
    let end = Math.min(text.length, start + size);
    if (end < text.length) { const space = text.lastIndexOf(" ", end); if (space > start) end = space; }
    const window = text.slice(start, end);
    let last = 0;
    pattern.lastIndex = 0;
    for (let m; (m = pattern.exec(window));) {
      if (terms(m[0]).some((t) => hitTerms.has(t))) {
        if (m.index > last) pieces.push([window.slice(last, m.index), false]);
        pieces.push([m[0], true]);
        last = m.index + m[0].length;
      }
    }
    if (last < window.length) pieces.push([window.slice(last), false]);
    if (start > 0) pieces.unshift(["… ", false]);
    if (end < text.length) pieces.push([" …", false]);
    return pieces;
  }

  globalThis.PaperSiteSearch = { words, stem, terms, numbers, postings, Engine, snippet };
  if (typeof document === "undefined") return;

  // The page: the form's fields are the address's parameters, so a search can be shared and the back button works.
  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("search");
    if (!form) return;
    const fields = { q: form.elements.q, tag: form.elements.tag, year: form.elements.year, sort: form.elements.sort };
    const status = document.getElementById("search-status");
    const list = document.getElementById("search-results");
    const more = document.getElementById("search-more");
    const papersUrl = form.dataset.papers;
    const engine = new Engine(form.dataset.index, async (url) => {
      const response = await fetch(url);
      return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
    });
    for (const fallback of document.querySelectorAll(".search-fallback")) fallback.hidden = true;
    let limit = 20, run = 0, timer = 0;

    const fromAddress = () => {
      const params = new URLSearchParams(location.search);
      for (const [name, field] of Object.entries(fields)) field.value = params.get(name) ?? "";
      // A value the select does not offer (a tag outside the most used): add it, so the filter still applies.
      if (fields.tag.value !== (params.get("tag") ?? "")) {
        const option = new Option(params.get("tag"), params.get("tag"));
        fields.tag.add(option);
        fields.tag.value = option.value;
      }
    };
    const address = () => {
      const params = new URLSearchParams();
      for (const [name, field] of Object.entries(fields)) if (field.value) params.set(name, field.value);
      const query = params.toString();
      return location.pathname + (query ? "?" + query : "");
    };

    async function show(typing) {
      const mine = ++run;
      const q = fields.q.value;
      if (!q.trim() && !fields.tag.value && !fields.year.value) {
        list.replaceChildren();
        status.textContent = "";
        more.hidden = true;
        return;
      }
      status.textContent = "Searching…";
      let found;
      try {
        found = await engine.search(q, { tag: fields.tag.value, year: fields.year.value, sort: fields.sort.value, limit, typing });
      } catch {
        if (mine === run) status.textContent = "The search index could not be loaded.";
        return;
      }
      if (mine !== run) return;
      list.replaceChildren(...found.results.map(render));
      const shown = found.results.length;
      status.textContent = shown === 0 ? "No papers match." : found.total > shown || found.partial ? `Showing ${shown} of ${found.total}${found.partial ? "+" : ""} papers found.` : `${shown} ${shown === 1 ? "paper" : "papers"} found.`;
      more.hidden = found.total <= shown && !found.partial;
    }

    function render(result) {
      const item = document.createElement("li");
      item.className = "search-result";
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = papersUrl + result.id + "/";
      link.textContent = result.title;
      heading.append(link);
      const meta = document.createElement("p");
      meta.className = "search-meta";
      const time = document.createElement("time");
      time.dateTime = result.date;
      time.textContent = result.date;
      meta.append(...(result.authors ? [result.authors + " · "] : []), time, ` · ${result.upvotes} ${result.upvotes === 1 ? "upvote" : "upvotes"}`);
      const text = document.createElement("p");
      text.className = "search-snippet";
      for (const [piece, hit] of result.snippet) {
        if (hit) { const mark = document.createElement("mark"); mark.textContent = piece; text.append(mark); } else text.append(piece);
      }
      item.append(heading, meta, text);
      if (result.tags.length > 0) {
        const tags = document.createElement("p");
        tags.className = "search-tags";
        for (const [name, slug] of result.tags) {
          const tag = document.createElement("a");
          const params = new URLSearchParams(location.search);
          params.set("tag", slug);
          tag.href = "?" + params.toString();
          tag.textContent = name;
          tag.className = "tag";
          tags.append(tag, " ");
        }
        item.append(tags);
      }
      return item;
    }

    const commit = (push) => {
      limit = 20;
      const target = address();
      if (target !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", target);
    };
    fields.q.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => { commit(false); show(true); }, 120);
    });
    form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); commit(true); show(false); });
    for (const name of ["tag", "year", "sort"]) fields[name].addEventListener("change", () => { commit(true); show(false); });
    more.addEventListener("click", () => { limit += 20; show(false); });
    window.addEventListener("popstate", () => { fromAddress(); limit = 20; show(false); });
    fromAddress();
    show(false);
  });
})();
