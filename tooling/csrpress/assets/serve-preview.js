// csrpress serve only: lists findings, marks the figures they concern, shows a broken file's error
// over the last good preview, and reloads when the server reports a newer build.
(function () {
  "use strict";
  var state = JSON.parse(document.getElementById("csrpress-state").textContent);

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Wrap each occurrence of `text` inside `root` in a mark; returns the marks.
  function markText(root, text, finding) {
    var marks = [], walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var at = node.nodeValue.indexOf(text);
      if (at < 0 || node.parentNode.closest("#csrpress-panel, #csrpress-error, .csrpress-finding")) return;
      var hit = node.splitText(at);
      hit.splitText(text.length);
      var mark = el("mark", { "class": "csrpress-finding csrpress-" + finding.severity, title: finding.code + " " + finding.message });
      hit.parentNode.replaceChild(mark, hit);
      mark.appendChild(hit);
      marks.push(mark);
    });
    return marks;
  }

  function targets(finding) {
    var scope = finding.section && document.querySelector('[data-section="' + CSS.escape(finding.section) + '"], [data-chapter="' + CSS.escape(finding.section) + '"]');
    var found = [];
    finding.figures.forEach(function (fig) { found = found.concat(markText(scope || document.body, fig, finding)); });
    finding.metrics.forEach(function (id) {
      document.querySelectorAll('[data-metric="' + CSS.escape(id) + '"]').forEach(function (n) { found.push(n); });
      document.querySelectorAll(".missing-metric").forEach(function (n) {
        if (n.textContent.indexOf(id) >= 0) found.push(n);
      });
    });
    found.forEach(function (n) {
      n.classList.add("csrpress-finding", "csrpress-" + finding.severity);
      if (!n.title) n.title = finding.code + " " + finding.message;
    });
    return found.length ? found : (scope ? [scope] : []);
  }

  function panel() {
    var box = el("details", { id: "csrpress-panel" });
    if (state.findings.length) box.setAttribute("open", "");
    box.appendChild(el("summary", {}, state.findings.length + " finding(s) · csrpress check"));
    var list = el("ol");
    state.findings.forEach(function (f) {
      var item = el("li", { "data-code": f.code });
      item.appendChild(el("span", { "class": "where" }, f.where));
      item.appendChild(el("span", { "class": "sev-" + f.severity }, f.severity + "[" + f.code + "] "));
      item.appendChild(document.createTextNode(f.message));
      var at = targets(f);
      item.addEventListener("click", function () { if (at.length) at[0].scrollIntoView({ block: "center" }); });
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.appendChild(box);
  }

  function banner() {
    if (!state.error.length) return;
    var box = el("pre", { id: "csrpress-error" });
    box.appendChild(el("strong", {}, "The last save broke the report; showing the last good preview. Fix the file and save again."));
    box.appendChild(document.createTextNode(state.error.join("\n")));
    document.body.insertBefore(box, document.body.firstChild);
  }

  function pdfLink() {
    // Opens the PDF of the chapter in view; the server builds it first (a few seconds). A POST carrying
    // the token this page was given: the server builds for nothing else (no GET, no other site).
    var form = el("form", { id: "csrpress-pdf", method: "post", action: "/_csrpress/pdf" });
    form.appendChild(el("input", { type: "hidden", name: "token", value: state.token }));
    var chapter = el("input", { type: "hidden", name: "chapter", value: "" });
    form.appendChild(chapter);
    form.appendChild(el("button", { type: "submit" }, "PDF of this chapter"));
    function update() {
      var current = null;
      document.querySelectorAll("article[data-chapter]").forEach(function (a) {
        if (a.getBoundingClientRect().top < window.innerHeight / 2) current = a.getAttribute("data-chapter");
      });
      chapter.value = current || "";
    }
    window.addEventListener("scroll", update, { passive: true });
    update();
    document.body.appendChild(form);
  }

  panel();
  banner();
  pdfLink();
  var key = "csrpress-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) { window.scrollTo(0, parseFloat(saved)); sessionStorage.removeItem(key); }
  var events = new EventSource("/_csrpress/events");
  events.onmessage = function (e) {
    if (parseInt(e.data, 10) !== state.version) {
      sessionStorage.setItem(key, String(window.scrollY));
      events.close();
      location.reload();
    }
  };
})();
