/*
 * The explorer's filters in the browser. The data are core's own facets (see
 * lib/explorer-data.ts) and the filter is core's own `matchesFilter`, the one `sparbar status`
 * uses, so the two always agree. The CSV is made of the lines of the organisations' published
 * CSV files, which core writes in the same order as the rows here.
 */
import type { Lang } from "@sparbar/core";
import { matchesFilter, type RecommendationFilter } from "@sparbar/core/filter";
import type { ExplorerData } from "../lib/explorer-data.ts";
import { decodeFacets } from "../lib/explorer-facets.ts";
import { paths } from "../lib/paths.ts";
import { csvRecords } from "./csv-records.ts";

interface Words {
  results: [string, string];
  countedPer: string;
  more: string;
  failed: string;
  none: string;
  any: string;
  bodySays: string;
  auditorsFound: string;
  stance: string;
  nextDue: string;
  noStance: string;
  csvName: string;
}

const PAGE = 50;
const root = document.getElementById("utforska");
if (root) start(root);

function start(root: HTMLElement) {
  const lang = root.dataset.lang as Lang;
  const words = JSON.parse(root.dataset.words ?? "{}") as Words;
  const form = root.querySelector("form") as HTMLFormElement;
  const status = root.querySelector<HTMLElement>(".explore-status");
  const results = root.querySelector<HTMLElement>(".explore-results");
  if (!form || !status || !results) return;
  form.hidden = false;
  fetch(root.dataset.src ?? "")
    .then((r) => {
      if (!r.ok) throw new Error(String(r.status));
      return r.json() as Promise<ExplorerData>;
    })
    .then((data) => run(data, lang, words, form, status, results))
    .catch(() => {
      status.textContent = words.failed;
    });
}

function run(
  data: ExplorerData,
  lang: Lang,
  words: Words,
  form: HTMLFormElement,
  status: HTMLElement,
  results: HTMLElement,
) {
  const r = data.rows;
  const facets = decodeFacets(data);
  // Where each organisation's rows start: its CSV lists them in the same order.
  const firstOfOrganisation = new Map<number, number>();
  r.organisation.forEach((o, i) => {
    if (!firstOfOrganisation.has(o)) firstOfOrganisation.set(o, i);
  });

  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
  const organisation = field("org");
  const body = field("body");
  const fillBodies = () => {
    if (!body) return;
    const chosen = data.organisations.findIndex((o) => o[0] === organisation?.value);
    const keep = body.value;
    body.replaceChildren(new Option(words.any, ""));
    data.bodies.forEach(([o, id, name, other]) => {
      if (chosen !== -1 && o !== chosen) return;
      const option = new Option(
        chosen === -1 ? `${name} (${data.organisations[o]?.[1]})` : name,
        id,
      );
      if (other) option.lang = data.other;
      body.append(option);
    });
    body.value = [...body.options].some((o) => o.value === keep) ? keep : "";
  };

  // The URL holds the filters, so that a selection can be shared.
  const params = new URLSearchParams(location.search);
  if (organisation) organisation.value = params.get("org") ?? "";
  fillBodies();
  if (body) body.value = params.get("body") ?? "";
  for (const name of ["year", "stance"]) {
    const select = field(name);
    if (select) select.value = params.get(name) ?? "";
  }
  const chosenStates = new Set(params.getAll("state"));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="state"]'))
    box.checked = chosenStates.has(box.value);
  const open = params.get("open") ?? "";
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="open"]'))
    radio.checked = radio.value === open;
  // The shortcuts tick the states they stand for.
  for (const shortcut of form.querySelectorAll<HTMLInputElement>("input[data-states]")) {
    const states = (shortcut.dataset.states ?? "").split(" ");
    shortcut.checked = states.every((s) => chosenStates.has(s));
    shortcut.addEventListener("change", () => {
      for (const box of form.querySelectorAll<HTMLInputElement>('input[name="state"]'))
        if (states.includes(box.value)) box.checked = shortcut.checked;
    });
  }

  let matched: number[] = [];
  let shown = 0;
  const list = document.createElement("ul");
  list.className = "cards";
  const more = document.createElement("button");
  more.type = "button";
  more.className = "more-button";
  more.textContent = words.more;
  more.addEventListener("click", () => showMore());
  const csv = document.createElement("button");
  csv.type = "button";
  csv.className = "csv-button";
  csv.textContent = results.dataset.csvLabel ?? "CSV";
  csv.addEventListener("click", () => void downloadCsv());

  function currentFilter(): RecommendationFilter {
    const form_ = new FormData(form);
    const filter: RecommendationFilter = {};
    const text = (name: string) => String(form_.get(name) ?? "");
    if (text("org")) filter.organisation = text("org");
    if (text("body")) filter.body = text("body");
    if (text("year")) filter.year = Number(text("year"));
    if (text("stance")) filter.stance = text("stance") as RecommendationFilter["stance"];
    const states = form_.getAll("state").map(String);
    if (states.length > 0) filter.states = states as RecommendationFilter["states"];
    if (text("open") === "open") filter.closed = false;
    if (text("open") === "closed") filter.closed = true;
    if (text("open") === "overdue") filter.overdue = true;
    return filter;
  }

  function writeUrl(filter: RecommendationFilter) {
    const next = new URLSearchParams();
    if (filter.organisation) next.set("org", filter.organisation);
    if (filter.body) next.set("body", filter.body);
    if (filter.year !== undefined) next.set("year", String(filter.year));
    if (filter.stance) next.set("stance", filter.stance);
    for (const s of filter.states ?? []) next.append("state", s);
    if (filter.closed !== undefined) next.set("open", filter.closed ? "closed" : "open");
    if (filter.overdue) next.set("open", "overdue");
    const query = next.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  function apply() {
    const filter = currentFilter();
    writeUrl(filter);
    matched = [];
    facets.forEach((f, i) => {
      if (matchesFilter(f, filter)) matched.push(i);
    });
    const [one, many] = words.results;
    status.textContent = `${matched.length === 1 ? one : many.replace("{n}", String(matched.length))} (${words.countedPer})`;
    list.replaceChildren();
    shown = 0;
    results.replaceChildren(csv);
    if (matched.length === 0) {
      const p = document.createElement("p");
      p.textContent = words.none;
      results.append(p);
      return;
    }
    results.append(list);
    showMore();
  }

  function showMore() {
    const next = matched.slice(shown, shown + PAGE);
    for (const i of next) list.append(card(i));
    shown += next.length;
    if (shown < matched.length) results.append(more);
    else more.remove();
  }

  function text(content: string, other?: 0 | 1, tag = "span"): HTMLElement {
    const el = document.createElement(tag);
    el.textContent = content;
    if (other) el.lang = data.other;
    return el;
  }

  function badge(stateIndex: number): HTMLElement {
    const state = data.states[stateIndex];
    const el = text(state?.label ?? "");
    el.className = `state state-${state?.code ?? ""}`;
    return el;
  }

  function card(i: number): HTMLElement {
    const org = data.organisations[r.organisation[i] ?? 0];
    const audit = data.audits[r.audit[i] ?? 0];
    const bodyRow = data.bodies[r.body[i] ?? 0];
    const li = document.createElement("li");
    li.className = "card";
    li.dataset.body = bodyRow?.[1] ?? "";
    const tracks = document.createElement("dl");
    tracks.className = "tracks";
    for (const [name, state] of [
      [words.bodySays, r.bodyState[i] ?? 0],
      [words.auditorsFound, r.auditorState[i] ?? 0],
    ] as const) {
      const div = document.createElement("div");
      div.append(text(name, 0, "dt"));
      const dd = document.createElement("dd");
      dd.append(badge(state));
      div.append(dd);
      tracks.append(div);
    }
    const title = document.createElement("p");
    title.className = "card-title";
    const a = document.createElement("a");
    a.href = paths.recommendation(lang, org?.[0] ?? "", audit?.[1] ?? "", r.item[i] ?? "");
    a.append(text(r.title[i] ?? "", r.titleOther[i]));
    title.append(a);
    const meta = document.createElement("p");
    meta.className = "card-meta";
    const first = document.createElement("span");
    first.append(`${r.item[i]} · `, text(audit?.[2] ?? "", audit?.[3]), " ");
    const id = text(audit?.[1] ?? "");
    id.className = "id";
    first.append(id);
    const stanceLabel = data.stances[r.stance[i] ?? -1]?.label ?? words.noStance;
    meta.append(
      first,
      text(org?.[1] ?? "", org?.[2]),
      text(bodyRow?.[2] ?? "", bodyRow?.[3]),
      text(`${words.stance}: ${stanceLabel}`),
    );
    if (r.nextDueText[i]) meta.append(text(`${words.nextDue}: ${r.nextDueText[i]}`));
    li.append(tracks, title, meta);
    return li;
  }

  const csvFiles = new Map<number, Promise<string[]>>();
  function csvOf(orgIndex: number): Promise<string[]> {
    let file = csvFiles.get(orgIndex);
    if (!file) {
      const id = data.organisations[orgIndex]?.[0] ?? "";
      file = fetch(paths.dataCsv(lang, id))
        .then((res) => res.text())
        .then(csvRecords);
      csvFiles.set(orgIndex, file);
    }
    return file;
  }

  async function downloadCsv() {
    const orgs = [...new Set(matched.map((i) => r.organisation[i] ?? 0))];
    const files = new Map<number, string[]>();
    for (const o of orgs.length > 0 ? orgs : [0]) files.set(o, await csvOf(o));
    const header = [...files.values()][0]?.[0] ?? "";
    const lines = matched.map((i) => {
      const o = r.organisation[i] ?? 0;
      return files.get(o)?.[1 + i - (firstOfOrganisation.get(o) ?? 0)] ?? "";
    });
    const blob = new Blob([`\uFEFF${[header, ...lines].join("\r\n")}\r\n`], {
      type: "text/csv;charset=utf-8",
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = words.csvName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  organisation?.addEventListener("change", fillBodies);
  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  // After a reset the controls hold their defaults only once the event has run.
  form.addEventListener("reset", () =>
    setTimeout(() => {
      fillBodies();
      apply();
    }),
  );
  apply();
}
