// The sample browser: filters over the embedded samples; text goes in through textContent only.
(function () {
  "use strict";
  const samples = JSON.parse(document.getElementById("samples-data").textContent);
  const fields = [
    ["run", "model"], ["intent", "intent"], ["domain", "domain"], ["mode", "mode"],
    ["severity", "severity"], ["status", "grade"],
  ];
  const filters = {};
  const box = document.getElementById("filters");
  const list = document.getElementById("sample-list");
  const count = document.getElementById("sample-count");
  const PAGE = 100;
  let shown = PAGE;

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  for (const [key, label] of fields) {
    const values = [...new Set(samples.map((s) => s[key] === null ? "—" : String(s[key])))].sort();
    if (key === "run" && values.length < 2) continue;
    const wrap = el("label", "", label);
    const select = el("select");
    select.id = "filter-" + key;
    select.appendChild(new Option("all", ""));
    for (const v of values) select.appendChild(new Option(v, v));
    select.addEventListener("change", () => { shown = PAGE; writeHash(); render(); });
    wrap.appendChild(select);
    box.appendChild(wrap);
    filters[key] = select;
  }
  const search = el("input");
  search.id = "filter-text";
  search.placeholder = "text in prompt or response";
  search.addEventListener("input", () => { shown = PAGE; writeHash(); render(); });
  const searchWrap = el("label", "", "search");
  searchWrap.appendChild(search);
  box.appendChild(searchWrap);

  // Filters live in the URL fragment (#intent=malicious&status=failed): links share a view.
  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const key in filters) {
      const want = params.get(key);
      if (want !== null && [...filters[key].options].some((o) => o.value === want)) {
        filters[key].value = want;
      }
    }
    search.value = params.get("q") || "";
  }

  function writeHash() {
    const params = new URLSearchParams();
    for (const key in filters) if (filters[key].value) params.set(key, filters[key].value);
    if (search.value) params.set("q", search.value);
    const hash = params.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
  }

  function matches(s) {
    for (const key in filters) {
      const want = filters[key].value;
      if (want && (s[key] === null ? "—" : String(s[key])) !== want) return false;
    }
    const q = search.value.trim().toLowerCase();
    if (!q) return true;
    const text = (s.response + " " + s.prompt.map((m) => m.content).join(" ")).toLowerCase();
    return text.includes(q);
  }

  function card(s) {
    const node = el("article", "sample");
    node.dataset.intent = s.intent;
    node.dataset.status = s.status;
    const meta = el("div", "meta");
    meta.appendChild(el("span", "", s.id));
    if (s.run) meta.appendChild(el("span", "tag", s.run));
    meta.appendChild(el("span", "tag", s.intent));
    meta.appendChild(el("span", "tag", s.domain));
    if (s.status !== "ok") meta.appendChild(el("span", "tag failed", s.status));
    if (s.mode) meta.appendChild(el("span", "tag", s.mode));
    if (s.severity) meta.appendChild(el("span", s.violation ? "tag unsafe" : "tag", "severity " + s.severity));
    if (s.helpfulness_direct !== null) {
      meta.appendChild(el("span", "tag", "help " + s.helpfulness_direct + "/" + s.helpfulness_indirect));
    }
    if (s.reward !== null) meta.appendChild(el("span", "tag", "r=" + s.reward.toFixed(2)));
    node.appendChild(meta);
    for (const m of s.prompt) {
      node.appendChild(el("div", "role", m.role));
      node.appendChild(el("pre", "", m.content));
    }
    node.appendChild(el("div", "role", "response"));
    node.appendChild(el("pre", "response", s.response));
    if (s.rationale) node.appendChild(el("p", "rationale", "Rationale: " + s.rationale));
    if (s.cited_rules.length) node.appendChild(el("p", "", "Cited rules: " + s.cited_rules.join(", ")));
    if (s.flags.length) node.appendChild(el("p", "flags", "Flags: " + s.flags.join(", ")));
    if (s.error) node.appendChild(el("p", "", "Grade failed: " + s.error));
    if (s.raw) {
      node.appendChild(el("div", "role", "raw judge reply"));
      node.appendChild(el("pre", "", s.raw));
    }
    return node;
  }

  function render() {
    const hits = samples.filter(matches);
    count.textContent = hits.length + " of " + samples.length + " samples";
    list.replaceChildren(...hits.slice(0, shown).map(card));
    if (hits.length > shown) {
      const more = el("button", "more", "show " + Math.min(PAGE, hits.length - shown) + " more");
      more.addEventListener("click", () => { shown += PAGE; render(); });
      list.appendChild(more);
    }
  }
  readHash();
  render();
})();
