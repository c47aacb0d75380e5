import { describe, expect, it } from 'vitest';
import { readingTime, renderHtml } from '../../src/core/print/renderHtml';
import { longPrint, samplePrint } from '../fixtures/samplePrint';

describe('HTML export', () => {
  it('is semantic HTML5 with title, date, reading time, body and endnotes', () => {
    const html = renderHtml(samplePrint());
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      '<title>Azerbaijan: joint submission to the Universal Periodic Review</title>',
    );
    expect(html).toContain(
      '<h1>Azerbaijan: joint submission to the Universal Periodic Review</h1>',
    );
    expect(html).toContain('<time datetime="2016-05-25">25 May 2016</time>');
    expect(html).toMatch(/<span class="reading-time">\d+ min read<\/span>/);
    expect(html).toContain('<h2>I. Introduction</h2>');
    expect(html).toContain('<h3>Imprisonment of journalists</h3>');
    expect(html).toContain('<p class="numbered" id="para-2"><span class="para-number">2.</span>');
    expect(html).toContain('<em>Xədicə İsmayılova</em>');
    expect(html).toContain('<em>Хадиджа Исмаилова</em>');
    expect(html).toContain('<strong>537 days</strong>');
    expect(html).toContain('<ul><li>Release all journalists');
    expect(html).toContain('<ol class="depth-1"><li>of 15 February 2013;</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<thead><tr><th><p>Name</p></th>');
    expect(html).toContain(
      '<a href="https://www.article19.org" rel="noopener noreferrer">ARTICLE 19 website</a>',
    );
    // Notes: references and endnotes link both ways, in order.
    for (const n of [1, 2, 3]) {
      expect(html).toContain(`<a href="#note-${n}" id="ref-${n}" role="doc-noteref">${n}</a>`);
      expect(html).toContain(`<li id="note-${n}">`);
      expect(html).toContain(`<a href="#ref-${n}" role="doc-backlink"`);
    }
    expect(html.indexOf('id="note-1"')).toBeGreaterThan(html.indexOf('Signatories'));
    expect(html).toContain('<li>International Partnership for Human Rights (IPHR)</li>');
  });

  it('reads at about 200 words a minute', () => {
    const words = (n: number) =>
      samplePrint({
        blocks: [
          {
            type: 'paragraph',
            number: null,
            children: [{ type: 'text', text: 'word '.repeat(n) }],
          },
        ],
      });
    expect(readingTime(words(800))).toBe('4 min read');
    expect(readingTime(words(1000))).toBe('5 min read');
    expect(readingTime(words(20))).toBe('1 min read');
    expect(renderHtml(longPrint(40))).toContain('<span class="reading-time">');
  });

  it('runs nothing: text is escaped, script links dropped, no script allowed', () => {
    const doc = samplePrint({
      blocks: [
        {
          type: 'paragraph',
          number: null,
          children: [
            { type: 'text', text: '<script>alert(1)</script> & "quotes"' },
            {
              type: 'link',
              url: 'javascript:alert(1)',
              children: [{ type: 'text', text: 'click' }],
            },
            {
              type: 'link',
              url: 'data:text/html,<b>x</b>',
              children: [{ type: 'text', text: 'data' }],
            },
          ],
        },
      ],
      notes: [],
      meta: { ...samplePrint().meta, title: '</title><script>x()</script>' },
    });
    const html = renderHtml(doc);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('href="data:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Content-Security-Policy" content="default-src \'none\'');
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});
