// Two things a shared, cached article page cannot carry for one reader, filled in here:
// - the form's signed stamp, fetched fresh when the page opens (without script, the first send is refused with a
//   fresh stamp and the reader's text kept, and the second goes through);
// - the reader's own "save my details" cookie (set only when they ticked the box), so the server never has to write
//   a reader's name or email into a page. Without script, the form simply starts empty.
"use strict";
(() => {
  const form = document.querySelector("form.comment-form");
  if (!form) return;
  const stamp = form.elements.namedItem("Input.Stamp");
  if (stamp && !stamp.value && form.dataset.stamp) {
    fetch(form.dataset.stamp, { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? response.text() : ""))
      .then((value) => { if (value && !stamp.value) stamp.value = value; })
      .catch(() => {});
  }
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("dateline_commenter="));
  if (!cookie) return;
  let saved;
  try {
    saved = JSON.parse(decodeURIComponent(cookie.slice("dateline_commenter=".length)));
  } catch {
    return;
  }
  const fill = (name, value) => {
    const field = form.elements.namedItem(name);
    if (field && !field.value && typeof value === "string") field.value = value;
  };
  fill("Input.Name", saved.name);
  fill("Input.Email", saved.email);
  fill("Input.Website", saved.url);
  const remember = form.elements.namedItem("Input.Remember");
  if (remember) remember.checked = true;
})();
