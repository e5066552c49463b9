// A lever swept over its range: a chart of each rating and each measure's priority at every value, coloured
// by rank on its scale (worst or most urgent first), and the points where something flips.

import { $, el, svgEl } from "./dom.js";
import { api, packPath } from "./api.js";
import { state } from "./state.js";
import { request } from "./form.js";
import { run } from "./status.js";
import { rankOf, ratingTitle } from "./assessment.js";

export async function sweep() {
  const path = $("sweep-lever").value;
  if (!path) return;
  await run("Sweeping", async () => {
    const body = { ...request(), levers: [{ path }] };
    const result = await api("POST", packPath(state.pack.id, "sweeps"), body);
    renderSweep(path, result);
  });
}

function renderSweep(path, result) {
  const { priorities } = state.pack.vocabulary;
  const variants = result.variants.filter((v) => v.ratings);
  const measures = [...new Set(variants.flatMap((v) => Object.keys(v.measures)))].sort();
  const ratingIds = Object.keys(variants[0]?.ratings || {});
  const rows = [...ratingIds.map((id) => [ratingTitle(id), (v) => v.ratings[id], (level) => rankOf(level, id)]),
    ...measures.map((m) => [m, (v) => v.measures[m] || null, (priority) => priorities.indexOf(priority)])];
  const cell = 14, labelWidth = 260, width = labelWidth + variants.length * cell, height = (rows.length + 2) * (cell + 4);
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width, role: "img",
    "aria-label": `Ratings and measures over ${path}; the thresholds are listed below` });
  rows.forEach(([label, value, rank], r) => {
    const y = r * (cell + 4);
    svg.append(svgEl("text", { x: 0, y: y + cell - 3, class: "chart-label" }, label));
    variants.forEach((v, i) => {
      const level = value(v);
      svg.append(svgEl("rect", { x: labelWidth + i * cell, y, width: cell - 1, height: cell,
        class: level ? `level-${rank(level)}` : "level-none" }, svgEl("title", {}, `${label} at ${v.values[path]}: ${level || "not recommended"}`)));
    });
  });
  const axisY = rows.length * (cell + 4) + cell;
  const first = variants[0]?.values[path], lastValue = variants[variants.length - 1]?.values[path];
  svg.append(svgEl("text", { x: labelWidth, y: axisY, class: "chart-label" }, String(first)),
    svgEl("text", { x: width, y: axisY, class: "chart-label", "text-anchor": "end" }, String(lastValue)));
  const thresholds = result.thresholds.length
    ? el("ul", { id: "thresholds" }, result.thresholds.map((t) => el("li", {}, `between ${t.between[0]} and ${t.between[1]}: `, describeChange(t.change))))
    : el("p", { text: "Nothing flips over this lever's range." });
  $("sweep-result").replaceChildren(legend(priorities),
    el("div", { class: "chart" }, svg), el("h3", { text: "Where it flips" }), thresholds);
}

/** Which colour stands for what: a rating's levels from worst to best, and the priorities from most urgent. */
function legend(priorities) {
  const ratings = (state.pack.ratings || []).map((r) => el("span", {}, `${ratingTitle(r.id)}: `,
    r.levels.map((level) => [el("span", { class: `swatch level-${rankOf(level, r.id)}` }), ` ${level.replace("_", " ")} `])));
  const ranks = priorities.map((p, i) => [el("span", { class: `swatch level-${i}` }), ` ${p} `]);
  return el("p", { class: "legend" }, "Colours: ", ratings, "; measures: ", ranks, el("span", { class: "swatch level-none" }), " not recommended");
}

function describeChange(change) {
  const parts = [];
  for (const [id, [from, to]] of Object.entries(change.ratingsChanged || {})) parts.push(`${ratingTitle(id)} ${from} → ${to}`);
  for (const id of Object.keys(change.findingsAdded || {})) parts.push(`${id} raised`);
  for (const id of change.findingsRemoved || []) parts.push(`${id} gone`);
  for (const [m, [from, to]] of Object.entries(change.priorityChanged || {})) parts.push(`${m} ${from} → ${to}`);
  for (const [m, priority] of Object.entries(change.measuresAdded || {})) parts.push(`${m} recommended (${priority})`);
  for (const m of change.measuresRemoved || []) parts.push(`${m} no longer recommended`);
  if (!parts.length) parts.push(JSON.stringify(change));
  return parts.join("; ");
}
