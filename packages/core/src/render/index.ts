/**
 * @sparbar/core/render: Markdown → sanitised HTML (nothing executable, no images, no remote
 * requests) and HTML escaping. Apart from the main entry so that reading and checking a corpus
 * never loads the HTML tool chain.
 *
 * @module @sparbar/core/render
 */

export { escapeHtml, renderInlineMarkdown, renderMarkdown } from "./markdown-html.ts";
