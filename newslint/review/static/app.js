// newslint review: step through findings, accept, edit or reject each fix, save.
// Draft text is only ever written with textContent or createTextNode: never as HTML.
"use strict";

const token = document.querySelector('meta[name="newslint-token"]').content;
const $ = (id) => document.getElementById(id);
let draft = null; // {name, text, savable, findings, rules}
let decisions = new Map(); // finding id -> {state: "accepted"|"rejected", replacement}
let current = 0;

function status(message, isError = false) {
  $("status").textContent = message;
  $("status").classList.toggle("error", isError);
}

async function call(method, url, body) {
  const options = { method, headers: { "X-Newslint-Token": token } };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(url, options);
  const data = await response.json();
  if (!response.ok) throw new Error(data.error || response.statusText);
  return data;
}

function load(payload, message) {
  draft = payload;
  decisions = new Map();
  current = 0;
  $("draft-name").textContent = payload.name;
  $("save").disabled = !payload.savable;
  render();
  const n = payload.findings.length;
  status(message || `${n} finding${n === 1 ? "" : "s"} in ${payload.name}`);
}

function overlapsAccepted(f) {
  for (const g of draft.findings) {
    const d = decisions.get(g.id);
    if (g.id !== f.id && d && d.state === "accepted" && g.start < f.end && f.start < g.end) return true;
  }
  return false;
}

function render() {
  const view = $("draft");
  view.replaceChildren();
  if (!draft) return;
  const text = draft.text;
  let cursor = 0;
  for (const f of draft.findings) {
    if (f.start < cursor) continue; // overlaps a finding already shown: listed, not nested
    view.append(document.createTextNode(text.slice(cursor, f.start)));
    const mark = document.createElement("mark");
    const decision = decisions.get(f.id);
    mark.className = f.severity;
    mark.dataset.id = String(f.id);
    if (decision && decision.state === "accepted") {
      mark.classList.add("accepted");
      mark.textContent = decision.replacement;
      mark.title = "was: " + f.flagged;
    } else {
      if (decision) mark.classList.add("rejected");
      mark.textContent = text.slice(f.start, f.end) || "\u2038";
      mark.title = f.rule + ": " + f.message;
    }
    if (f.id === currentFinding()?.id) mark.classList.add("current");
    mark.addEventListener("click", () => { current = draft.findings.indexOf(f); render(); });
    view.append(mark);
    cursor = f.end;
  }
  view.append(document.createTextNode(text.slice(cursor)));
  showPanel();
}

function currentFinding() {
  return draft && draft.findings.length ? draft.findings[current] : null;
}

function showPanel() {
  const f = currentFinding();
  $("counter").textContent = draft.findings.length
    ? `Finding ${current + 1} of ${draft.findings.length}`
    : "No findings.";
  $("finding").hidden = !f;
  $("edit-form").hidden = true;
  if (!f) return;
  const rule = draft.rules[f.rule] || {};
  const decision = decisions.get(f.id);
  $("f-severity").textContent = f.severity;
  $("f-severity").className = "badge " + f.severity;
  $("f-rule").textContent = f.rule;
  $("f-name").textContent = rule.name || "";
  $("f-message").textContent = f.message;
  $("f-flagged").textContent = f.flagged;
  const replacement = decision && decision.state === "accepted" ? decision.replacement : (f.replacements[0] ?? "");
  $("f-replacement").textContent = f.replacements.length ? replacement : "(no suggestion: edit it yourself)";
  $("f-safety").textContent = f.fixable ? `${f.safety} fix` : (f.replacements.length ? "edit by hand" : "no fix");
  $("f-safety").className = "badge " + (f.fixable ? f.safety : "");
  $("f-state").textContent = decision ? (decision.state === "accepted" ? "Accepted." : "Rejected.") : "";
  $("accept").disabled = !f.fixable;
  $("f-docs").textContent = rule.docs || "";
  document.querySelector("mark.current")?.scrollIntoView({ block: "nearest" });
}

function move(step) {
  if (!draft || !draft.findings.length) return;
  current = (current + step + draft.findings.length) % draft.findings.length;
  render();
}

function decide(f, state, replacement) {
  if (state === "accepted" && overlapsAccepted(f)) {
    status(`“${f.flagged}” overlaps a fix already accepted; reject that one first.`, true);
    return false;
  }
  decisions.set(f.id, { state, replacement });
  return true;
}

function accept() {
  const f = currentFinding();
  if (!f || !f.fixable) return;
  if (decide(f, "accepted", f.replacements[0])) move(1);
}

function reject() {
  const f = currentFinding();
  if (f) { decide(f, "rejected", null); move(1); }
}

function startEdit() {
  const f = currentFinding();
  if (!f) return;
  $("edit-form").hidden = false;
  $("edit-text").value = f.replacements[0] ?? f.flagged;
  $("edit-text").focus();
  $("edit-text").select();
}

function acceptAllSafe() {
  if (!draft) return;
  let count = 0;
  for (const f of draft.findings) {
    if (f.fixable && f.safety === "safe" && !decisions.has(f.id) && decide(f, "accepted", f.replacements[0])) count++;
  }
  render();
  status(`Accepted ${count} safe fix${count === 1 ? "" : "es"}.`);
}

function acceptedEdits() {
  return draft.findings
    .filter((f) => decisions.get(f.id)?.state === "accepted")
    .map((f) => ({ start: f.start, end: f.end, replacement: decisions.get(f.id).replacement }));
}

async function save() {
  if (!draft || !draft.savable) return;
  const edits = acceptedEdits();
  try {
    const payload = await call("POST", "/api/save", { text: draft.text, edits });
    load(payload, `Saved ${edits.length} fix${edits.length === 1 ? "" : "es"} to ${payload.name}; ${payload.findings.length} finding(s) remain.`);
  } catch (error) {
    status(error.message, true);
  }
}

async function download() {
  if (!draft) return;
  try {
    const result = await call("POST", "/api/apply", { text: draft.text, name: draft.name, edits: acceptedEdits() });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([result.text], { type: "text/plain;charset=utf-8" }));
    link.download = draft.name.split(/[\\/]/).pop() || "draft.txt";
    link.click();
    URL.revokeObjectURL(link.href);
    status("Downloaded the corrected draft.");
  } catch (error) {
    status(error.message, true);
  }
}

async function check(text, name) {
  try {
    load(await call("POST", "/api/check", { text, name }));
  } catch (error) {
    status(error.message, true);
  }
}

$("prev").addEventListener("click", () => move(-1));
$("next").addEventListener("click", () => move(1));
$("accept").addEventListener("click", accept);
$("reject").addEventListener("click", reject);
$("edit").addEventListener("click", startEdit);
$("edit-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const f = currentFinding();
  if (f && decide(f, "accepted", $("edit-text").value)) move(1);
});
$("accept-safe").addEventListener("click", acceptAllSafe);
$("save").addEventListener("click", save);
$("download").addEventListener("click", download);
$("paste-toggle").addEventListener("click", () => { $("paste").hidden = !$("paste").hidden; });
$("paste-check").addEventListener("click", () => check($("paste-text").value, $("paste-format").value));
$("upload").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  if (file.size > 10 * 1024 * 1024) { status(`${file.name}: too large (the limit is 10 MB)`, true); return; }
  check(await file.text(), file.name);
});

document.addEventListener("keydown", (event) => {
  const typing = ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName);
  if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); return; }
  if (typing) { if (event.key === "Escape") { document.activeElement.blur(); showPanel(); } return; }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const actions = { j: () => move(1), ArrowDown: () => move(1), n: () => move(1),
    k: () => move(-1), ArrowUp: () => move(-1), p: () => move(-1),
    a: accept, r: reject, e: startEdit, A: acceptAllSafe };
  const action = actions[event.key];
  if (action) { event.preventDefault(); action(); }
});

call("GET", "/api/draft")
  .then((payload) => load(payload))
  .catch(() => { $("paste").hidden = false; status("Open a file or paste a draft to review it."); });
