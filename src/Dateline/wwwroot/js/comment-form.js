// Fills the comment form from the reader's own "save my details" cookie (set only when they ticked the box), so the
// server never has to write a reader's name or email into a page. Without script, the form simply starts empty.
"use strict";
(() => {
  const form = document.querySelector("form.comment-form");
  const cookie = document.cookie.split("; ").find((c) => c.startsWith("dateline_commenter="));
  if (!form || !cookie) return;
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
