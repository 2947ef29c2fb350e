import { escapeHtml } from '../escape.js';

/** One section of the page: its own heading, and a page of its own when printed. */
export function section(id: string, title: string, body: string): string {
  return (
    `<section id="${id}" aria-labelledby="${id}-title">\n` +
    `<h2 id="${id}-title">${escapeHtml(title)}</h2>\n${body}\n</section>`
  );
}

/** A paragraph of text, escaped. */
export function paragraph(text: string, className?: string): string {
  return `<p${className === undefined ? '' : ` class="${className}"`}>${escapeHtml(text)}</p>`;
}
