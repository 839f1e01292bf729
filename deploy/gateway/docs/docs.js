// The list of services comes from the gateway (/api/docs/services.json, generated from its
// route table); each service's OpenAPI document is read through the gateway.
"use strict";

const METHODS = ["get", "post", "put", "patch", "delete"];

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

function operations(name, spec) {
  const body = element("tbody");
  for (const [path, item] of Object.entries(spec.paths || {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      body.append(element("tr", {},
        element("td", { class: "method" }, method.toUpperCase()),
        element("td", { class: "path" }, `/api/${name}${path}`),
        element("td", {}, op.summary || op.description || "")));
    }
  }
  return element("table", {},
    element("thead", {}, element("tr", {},
      element("th", {}, "Méthode"), element("th", {}, "Chemin"), element("th", {}, "Rôle"))),
    body);
}

async function section(name) {
  const url = `/api/${name}/openapi.json`;
  const heading = element("h2", { id: name }, name);
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const spec = await response.json();
    const title = `${spec.info?.title || name} ${spec.info?.version || ""}`.trim();
    return element("section", {}, heading,
      element("p", {}, `${title} · `, element("a", { href: url }, "openapi.json")),
      operations(name, spec));
  } catch (error) {
    return element("section", {}, heading,
      element("p", { class: "error" }, `Description indisponible (${url} : ${error.message}).`));
  }
}

async function main() {
  const services = await (await fetch("/api/docs/services.json")).json();
  const nav = document.getElementById("services");
  for (const name of services) nav.append(element("a", { href: `#${name}` }, name));
  const sections = await Promise.all(services.map(section));
  document.getElementById("documents").replaceChildren(...sections);
}

main();
