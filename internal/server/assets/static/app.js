// claimtrack: progressive enhancement only. Every page works without this
// file; it adds upload progress to the ingest form. No inline script, no
// innerHTML: results are built with textContent (CSP: script-src 'self').
(function () {
  "use strict";
  // Sortable tables: each heading of a table.sortable becomes a button
  // (one Tab stop per column) that sorts its rows; numbers and dates sort
  // as such.
  function cellKey(td) {
    var t = (td ? td.textContent : "").trim();
    var n = t.replace(/[,\s]/g, "");
    if (/^-?\d+(\.\d+)?$/.test(n)) return { n: parseFloat(n) };
    return { s: t.toLowerCase() };
  }
  function cmp(a, b) {
    if (a.n !== undefined && b.n !== undefined) return a.n - b.n;
    if (a.n !== undefined) return -1;
    if (b.n !== undefined) return 1;
    return a.s < b.s ? -1 : a.s > b.s ? 1 : 0;
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var head = table.tHead;
    var body = table.tBodies[0];
    if (!head || !body) return;
    Array.prototype.forEach.call(head.rows[0].cells, function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(head.rows[0].cells, function (c) { c.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var c = cmp(cellKey(r1.cells[col]), cellKey(r2.cells[col]));
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  function plural(n, w) { return n + " " + w + (n === 1 ? "" : "s"); }
  var form = document.getElementById("ingest-form");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;
  var bar = document.getElementById("ingest-progress");
  var status = document.getElementById("ingest-status");
  var out = document.getElementById("ingest-result");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var max = parseInt(form.getAttribute("data-max-body"), 10) || 0;
    var files = form.querySelector("input[type=file]");
    var total = 0;
    if (files && files.files) for (var i = 0; i < files.files.length; i++) total += files.files[i].size;
    if (max && total > max) {
      status.className = "error-box";
      status.textContent = "Too large: " + Math.ceil(total / 1048576) + " MiB chosen, at most " + Math.floor(max / 1048576) + " MiB per upload.";
      return;
    }
    var data = new FormData(form);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("Accept", "application/json");
    var token = form.querySelector("input[name=token]");
    if (token && token.value) xhr.setRequestHeader("Authorization", "Bearer " + token.value);
    status.className = "";
    bar.classList.remove("hidden");
    bar.value = 0;
    status.textContent = "Uploading…";
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        bar.max = e.total;
        bar.value = e.loaded;
        status.textContent = "Uploading… " + Math.round(100 * e.loaded / e.total) + "%";
      }
    });
    xhr.upload.addEventListener("load", function () { status.textContent = "Extracting…"; bar.removeAttribute("value"); });
    xhr.addEventListener("load", function () {
      var body;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      bar.classList.add("hidden");
      while (out.firstChild) out.removeChild(out.firstChild);
      if (xhr.status >= 400 || !body) {
        status.textContent = "Failed: " + (body && body.error ? body.error.message : xhr.status + " " + xhr.statusText);
        status.className = "error-box";
        return;
      }
      status.className = "ok-box";
      status.textContent = "Stored " + body.created + " new, " + (body.saved.length - body.created) + " already known, " + (body.errors ? body.errors.length : 0) + " failed.";
      var ul = document.createElement("ul");
      ul.className = "cards plain";
      body.saved.forEach(function (s) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = "/articles/" + encodeURIComponent(s.id);
        a.textContent = s.title || s.name || ("article " + s.id);
        li.appendChild(a);
        var m = document.createElement("span");
        m.className = "meta";
        m.textContent = " " + (s.created ? "new" : "already stored") + " · " + plural(s.figures, "figure") + " · " + plural(s.statements, "statement");
        li.appendChild(m);
        ul.appendChild(li);
      });
      (body.errors || []).forEach(function (e) {
        var li = document.createElement("li");
        li.className = "error-box";
        li.textContent = e.name + ": " + e.message;
        ul.appendChild(li);
      });
      out.appendChild(ul);
    });
    xhr.addEventListener("error", function () {
      bar.classList.add("hidden");
      status.className = "error-box";
      status.textContent = "Network error; nothing was confirmed stored.";
    });
    xhr.send(data);
  });
})();
