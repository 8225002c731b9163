/*
 * Newsroom article editor. Progressively enhances textarea[data-rich-text] with Quill (vendored,
 * loaded before this file), writing clean semantic HTML back into the textarea so the ordinary
 * form post carries the body. Also: word count, draft autosave and a warning before leaving with
 * unsaved changes. Every visible string comes from a data- attribute the server localizes; the
 * English here is only the fallback. Works under a CSP with no 'unsafe-inline' and no 'unsafe-eval'.
 */
(() => {
  "use strict";

  const autosaveDelayMs = 30_000;
  const wordsPerMinute = 230;
  const formats = ["header", "bold", "italic", "link", "blockquote", "list"];
  // The elements that configuration represents. Anything else (tables, figures, images, iframes,
  // spans, code) would be dropped without a word if loaded into Quill. h4-h6 survive a round trip
  // though the toolbar only makes h2 and h3.
  const richTags = new Set(["P", "BR", "H2", "H3", "H4", "H5", "H6", "STRONG", "B", "EM", "I", "A", "BLOCKQUOTE",
    "OL", "UL", "LI"]);
  // Quill keeps only a link's href. Losing title, or rel and target (the server sets rel again), is
  // acceptable; losing dir, lang, start or cite would change the article, so those mean HTML mode.
  const droppableAttributes = new Set(["href", "title", "rel", "target"]);
  const blockSelector = "p, h2, h3, h4, h5, h6, blockquote, ol, ul, li";
  // Elements that do not separate words, so "wo<b>rd</b>" stays one word when counting.
  const inlineTags = new Set(["A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DATA", "DFN", "EM", "I", "KBD", "MARK",
    "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR"]);

  const say = (element, name, fallback) => element?.dataset[name] || fallback;
  const parse = (html) => new DOMParser().parseFromString(html, "text/html").body;

  // Quill flattens nested lists and anything block-level inside quotes or list items, so only the
  // nesting it can give back counts as representable.
  function isRepresentable(element) {
    if (!richTags.has(element.tagName)) return false;
    if ([...element.attributes].some((attribute) => !droppableAttributes.has(attribute.name))) return false;
    if (!element.matches(blockSelector)) return true;
    const container = element.parentElement.closest(blockSelector)?.tagName;
    if (element.tagName === "LI") return container === "UL" || container === "OL";
    if (element.tagName === "P") return container === undefined || container === "BLOCKQUOTE";
    return container === undefined;
  }

  const fitsRichText = (html) => [...parse(html).querySelectorAll("*")].every(isRepresentable);

  function cleanHtml(quillHtml) {
    // Quill 2.0.3 writes every ordinary space as "&nbsp;" while a typed no-break space comes out as
    // the character itself, so this undoes exactly Quill's substitution and nothing the author wrote.
    const body = parse(quillHtml.replaceAll("&nbsp;", " "));
    // Quill decorates every link with target and rel; how links open is the site's decision.
    for (const link of body.querySelectorAll("a")) {
      link.removeAttribute("target");
      link.removeAttribute("rel");
    }
    // Quill keeps each quoted line as its own <blockquote>; a quote of several paragraphs reads
    // better, and reloads the same, as one <blockquote> of <p>s.
    let quote = null;
    for (const node of [...body.children]) {
      if (node.tagName !== "BLOCKQUOTE") {
        quote = null;
        continue;
      }
      const paragraph = body.ownerDocument.createElement("p");
      paragraph.append(...node.childNodes);
      if (quote) {
        quote.append(paragraph);
        node.remove();
      } else {
        node.append(paragraph);
        quote = node;
      }
    }
    for (const block of body.querySelectorAll("p, h2, h3, li")) {
      if (!block.textContent.trim()) block.remove();
    }
    for (const block of body.querySelectorAll("blockquote, ol, ul")) {
      if (!block.textContent.trim()) block.remove();
    }
    return [...body.children].map((block) => block.outerHTML).join("\n");
  }

  // Quill 2.0.3's clipboard turns every no-break space it loads into a plain one ("10&nbsp;km" would
  // come back "10 km"). Carry them through as a noncharacter and put them back in the Delta.
  const keptSpace = "\uFDD0";
  function toDelta(quill, html) {
    const body = parse(html);
    const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) walker.currentNode.data = walker.currentNode.data.replaceAll("\u00a0", keptSpace);
    const delta = quill.clipboard.convert({ html: body.innerHTML });
    for (const op of delta.ops) {
      if (typeof op.insert === "string") op.insert = op.insert.replaceAll(keptSpace, "\u00a0");
    }
    return delta;
  }

  function countWords(html) {
    const body = parse(html);
    for (const element of body.querySelectorAll("*")) {
      if (!inlineTags.has(element.tagName)) element.after(" ");
    }
    return body.textContent.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  }

  function localeOf(element) {
    const lang = element.closest("[lang]")?.lang;
    try {
      return { numbers: new Intl.NumberFormat(lang || undefined), plurals: new Intl.PluralRules(lang || undefined) };
    } catch {
      return { numbers: new Intl.NumberFormat(), plurals: new Intl.PluralRules() };
    }
  }

  function showWordCount(form, editors) {
    const output = form.querySelector("[data-word-count]");
    if (!output) return;
    const words = editors.reduce((sum, textarea) => sum + countWords(textarea.value), 0);
    const minutes = Math.max(1, Math.ceil(words / wordsPerMinute));
    const { numbers, plurals } = localeOf(output);
    const category = plurals.select(words);
    const english = category === "one" ? "{words} word · {minutes} min read" : "{words} words · {minutes} min read";
    const template = output.getAttribute(`data-word-count-${category}`) || output.dataset.wordCount || english;
    output.textContent = template.replace("{words}", numbers.format(words)).replace("{minutes}", numbers.format(minutes));
  }

  // Per form: change counting (what beforeunload and autosave compare) and the autosave loop.
  function trackForm(form, editors) {
    const state = { changes: 0, saved: 0, inFlight: false, timer: 0, stopped: false, submitting: false, resubmit: null };
    const url = form.dataset.autosaveUrl;
    const status = form.querySelector("[data-autosave-status]");
    const report = (message) => { if (status) status.textContent = message; };

    function schedule() {
      if (!url || state.stopped || state.inFlight || state.timer || state.submitting) return;
      state.timer = setTimeout(autosave, autosaveDelayMs);
    }

    async function autosave() {
      state.timer = 0;
      if (state.changes === state.saved || state.submitting) return;
      const sending = state.changes;
      state.inFlight = true;
      try {
        const response = await fetch(url, {
          method: "POST",
          body: new FormData(form),
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        });
        const result = await response.json().catch(() => null);
        if (response.status === 409) {
          state.stopped = true;
          report(result?.message || say(form, "autosaveConflict",
            "Someone else has saved this article. Copy your changes, then reload the page."));
        } else if (response.ok && result) {
          const version = form.querySelector('input[name="Input.Version"]');
          if (version && result.version != null) version.value = String(result.version);
          state.saved = sending;
          report(result.message || "");
          if (state.changes !== state.saved) schedule();
        } else {
          throw new Error(`Autosave answered ${response.status}`);
        }
      } catch {
        // Retried on the next change; the text is still in the page.
        report(say(form, "autosaveFailed", "Autosave failed; your text is still here"));
      } finally {
        state.inFlight = false;
        if (state.resubmit) {
          const submitter = state.resubmit.submitter;
          state.resubmit = null;
          form.requestSubmit(submitter);
        }
      }
    }

    form.addEventListener("submit", (event) => {
      // A post sent while an autosave is in flight would carry the old version and conflict with
      // our own draft; wait for the save's new version, then submit again.
      if (state.inFlight) {
        event.preventDefault();
        state.resubmit = { submitter: event.submitter?.form === form ? event.submitter : null };
        return;
      }
      state.submitting = true;
      clearTimeout(state.timer);
      state.timer = 0;
    });

    window.addEventListener("beforeunload", (event) => {
      if (!state.submitting && state.changes !== state.saved) event.preventDefault();
    });

    showWordCount(form, editors);
    return () => {
      state.changes += 1;
      showWordCount(form, editors);
      schedule();
    };
  }

  function labelToolbar(quill, textarea) {
    const toolbar = quill.getModule("toolbar").container;
    const buttons = {
      ".ql-header[value='2']": say(textarea, "labelH2", "Heading"),
      ".ql-header[value='3']": say(textarea, "labelH3", "Subheading"),
      ".ql-bold": say(textarea, "labelBold", "Bold"),
      ".ql-italic": say(textarea, "labelItalic", "Italic"),
      ".ql-link": say(textarea, "labelLink", "Link"),
      ".ql-blockquote": say(textarea, "labelBlockquote", "Quote"),
      ".ql-list[value='ordered']": say(textarea, "labelOrdered", "Numbered list"),
      ".ql-list[value='bullet']": say(textarea, "labelBullet", "Bulleted list"),
      ".ql-clean": say(textarea, "labelClean", "Clear formatting"),
    };
    for (const [selector, label] of Object.entries(buttons)) {
      const button = toolbar.querySelector(selector);
      button?.setAttribute("aria-label", label);
      button?.setAttribute("title", label);
    }
    // The snow link tooltip's words are CSS content; article-editor.css reads them from these attributes.
    const tooltip = quill.theme.tooltip.root;
    tooltip.dataset.visitLabel = say(textarea, "labelVisitLink", "Visit URL:");
    tooltip.dataset.enterLabel = say(textarea, "labelEnterLink", "Enter link:");
    const input = tooltip.querySelector("input[type=text]");
    input?.setAttribute("data-link", say(textarea, "linkPlaceholder", "https://"));
    input?.setAttribute("aria-label", tooltip.dataset.enterLabel);
    const action = tooltip.querySelector("a.ql-action");
    if (action) {
      action.dataset.editLabel = say(textarea, "labelEditLink", "Edit");
      action.dataset.saveLabel = say(textarea, "labelSaveLink", "Save");
    }
    const remove = tooltip.querySelector("a.ql-remove");
    if (remove) remove.dataset.removeLabel = say(textarea, "labelRemoveLink", "Remove");
  }

  function createQuill(surface, textarea, describedBy) {
    const tabLeavesEditor = { tab: false, indent: false, outdent: false, "remove tab": false, "table tab": false };
    const quill = new window.Quill(surface, {
      theme: "snow",
      formats,
      placeholder: textarea.placeholder || "",
      modules: {
        toolbar: [
          [{ header: 2 }, { header: 3 }],
          ["bold", "italic", "link"],
          ["blockquote", { list: "ordered" }, { list: "bullet" }],
          ["clean"],
        ],
        // Tab moves focus on, as in the textarea, instead of trapping keyboard users in the editor.
        keyboard: { bindings: tabLeavesEditor },
      },
    });
    const label = textarea.labels?.[0];
    quill.root.setAttribute("role", "textbox");
    quill.root.setAttribute("aria-multiline", "true");
    if (label) {
      label.id ||= `${textarea.id || "rich-text"}-label`;
      quill.root.setAttribute("aria-labelledby", label.id);
    }
    if (describedBy) quill.root.setAttribute("aria-describedby", describedBy);
    labelToolbar(quill, textarea);
    return quill;
  }

  function enhance(textarea, changed) {
    const doc = textarea.ownerDocument;
    const htmlLabel = say(textarea, "htmlModeLabel", "Edit HTML");
    const richLabel = say(textarea, "richModeLabel", "Rich text");
    const required = textarea.required;

    const bar = doc.createElement("div");
    bar.className = "rich-text-bar";
    const toggle = doc.createElement("button");
    toggle.type = "button";
    toggle.className = "rich-text-toggle";
    bar.append(toggle);
    const note = doc.createElement("p");
    note.className = "rich-text-note rich-text-hidden";
    note.id = `${textarea.id || textarea.name.replace(/\W/g, "-")}-html-note`;
    note.textContent = say(textarea, "htmlModeNote",
      "This article contains tables, figures or embeds; edit its HTML directly.");
    const frame = doc.createElement("div");
    frame.className = "rich-text rich-text-hidden";
    const surface = doc.createElement("div");
    frame.append(surface);
    textarea.before(bar, note);
    textarea.after(frame);
    textarea.classList.add("rich-text-source");
    const describedBy = textarea.getAttribute("aria-describedby") || "";

    let quill = null;
    let rich = false;

    function showHtml(explain) {
      rich = false;
      frame.classList.add("rich-text-hidden");
      textarea.classList.remove("rich-text-hidden");
      textarea.required = required;
      note.classList.toggle("rich-text-hidden", !explain);
      const description = explain ? `${describedBy} ${note.id}`.trim() : describedBy;
      if (description) textarea.setAttribute("aria-describedby", description);
      else textarea.removeAttribute("aria-describedby");
      toggle.textContent = richLabel;
    }

    function showRich() {
      if (!fitsRichText(textarea.value)) {
        showHtml(true);
        return false;
      }
      if (!quill) {
        quill = createQuill(surface, textarea, describedBy);
        quill.on("text-change", () => {
          textarea.value = cleanHtml(quill.getSemanticHTML());
          changed();
        });
      }
      // Loading is silent: opening the editor is not a change to save or warn about.
      quill.setContents(toDelta(quill, textarea.value), "silent");
      quill.history.clear();
      rich = true;
      frame.classList.remove("rich-text-hidden");
      textarea.classList.add("rich-text-hidden");
      // A hidden required control blocks the post without showing why; the server still checks.
      textarea.required = false;
      note.classList.add("rich-text-hidden");
      toggle.textContent = htmlLabel;
      return true;
    }

    toggle.addEventListener("click", () => {
      if (rich) {
        showHtml(false);
        textarea.focus();
      } else if (showRich()) {
        quill.focus();
      } else {
        textarea.focus();
      }
    });
    textarea.labels?.[0]?.addEventListener("click", (event) => {
      if (!rich) return;
      event.preventDefault();
      quill.focus();
    });
    textarea.addEventListener("input", changed);

    if (!window.Quill) {
      bar.remove();
      return;
    }
    showRich();
  }

  for (const form of document.querySelectorAll("form")) {
    const editors = [...form.querySelectorAll("textarea[data-rich-text]")];
    if (editors.length === 0) continue;
    const changed = trackForm(form, editors);
    for (const textarea of editors) enhance(textarea, changed);
  }
})();
