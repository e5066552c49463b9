// Building the page's elements: by id, HTML and SVG elements with their attributes and children, and text with its links.

export const $ = (id) => document.getElementById(id);

/** An element; attribute "text" is its text, "on…" a listener, false or null leaves an attribute out. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child.nodeType ? child : String(child));
  }
  return node;
}

export function svgEl(tag, attributes = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child.nodeType ? child : String(child));
  return node;
}

/** Text with each web address in it a link that opens apart from the page. */
export function linkify(text) {
  if (!text) return "";
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s)]+[^\s).,;]/g)) {
    parts.push(text.slice(last, match.index), el("a", { href: match[0], target: "_blank", rel: "noopener noreferrer", text: match[0] }));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return el("span", {}, parts);
}
