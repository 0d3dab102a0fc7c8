#!/usr/bin/env node
// npm run man — writes man/skadekalk.1, the manual page, from the same sources as `--help` and
// the manual:
//   - the commander program of the built CLI (dist/cli.cjs: run `npm run build` first): every
//     command's usage, description, options and the notes and examples of its --help;
//   - the pages of docs/ (markdown, read with marked's lexer) for everything else.
// `node scripts/man.mjs --check` writes nothing and exits 1 when man/skadekalk.1 is not what it
// would write (test/man.test.ts runs it). `man ./man/skadekalk.1` shows the page.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { lexer } from 'marked';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const OUT = `${root}man/skadekalk.1`;

/** The docs pages of the manual, in order, each with the section name it gets. */
const PAGES = [
  ['parse.md', 'PARSE'],
  ['settle.md', 'SETTLE'],
  ['batch.md', 'SETTLE --BATCH AND --EXPECT'],
  ['renewal.md', 'RENEWAL'],
  ['naturskade.md', 'NATURSKADE'],
  ['g.md', 'G'],
  ['params.md', 'PARAMS'],
  ['claims.md', 'CLAIMS'],
  ['policy-model.md', 'THE POLICY MODEL'],
  ['conventions.md', 'CONVENTIONS'],
  ['scale-out.md', 'SCALING OUT'],
  ['api.md', 'AS A LIBRARY'],
];

// ---- roff text

/** Text with roff's special characters escaped (a backslash; a dot or quote starting a line). */
const esc = (s) => s.replace(/\\/g, '\\e').replace(/^([.'])/gm, '\\&$1');
/** Literal text (code, options): also every hyphen-minus as \- so it can be copied. */
const lit = (s) => esc(s).replace(/-/g, '\\-');
/** A line that must not start with a dot or quote after joining. */
const line = (s) => s.replace(/^([.'])/, '\\&$1');

/** Inline markdown tokens → roff. */
function inline(tokens) {
  return (tokens ?? [])
    .map((t) => {
      switch (t.type) {
        case 'codespan':
          return `\\fB${lit(decode(t.text))}\\fR`;
        case 'strong':
          return `\\fB${inline(t.tokens)}\\fR`;
        case 'em':
          return `\\fI${inline(t.tokens)}\\fR`;
        case 'link':
          // an address outside the manual is worth keeping; a link between its pages is not
          return /^https?:/.test(t.href) && inline(t.tokens) !== esc(t.href) ? `${inline(t.tokens)} (${esc(t.href)})` : inline(t.tokens);
        case 'br':
          return '\n.br\n';
        case 'escape':
        case 'text':
          return t.tokens ? inline(t.tokens) : esc(decode(t.text));
        case 'html':
          return '';
        default:
          return esc(decode(t.raw ?? ''));
      }
    })
    .join('');
}

/** marked leaves HTML entities in text; the page wants the characters. */
const decode = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A paragraph of roff: one sentence-ish per line is not needed, just no line starting with a dot. */
const para = (text) => text.split('\n').map((l) => line(l.trim())).join('\n');

function codeBlock(text) {
  return `.PP\n.RS 4\n.nf\n${text.split('\n').map((l) => line(lit(l))).join('\n')}\n.fi\n.RE`;
}

/** Block markdown tokens → roff. `depth` 1 is the page's title (the section's name instead). */
function blocks(tokens) {
  const out = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        if (t.depth > 1) out.push(`.SS "${inline(t.tokens).replace(/"/g, '\\(dq')}"`);
        else out.push(`.PP\n\\fB${inline(t.tokens)}\\fR`);
        break;
      case 'paragraph':
        out.push(`.PP\n${para(inline(t.tokens))}`);
        break;
      case 'code':
        out.push(codeBlock(t.text));
        break;
      case 'list':
        t.items.forEach((item, i) => {
          out.push(`.IP ${t.ordered ? `${(t.start || 1) + i}.` : '\\(bu'} 2\n${para(item.tokens.map((x) => (x.type === 'text' || x.type === 'paragraph' ? inline(x.tokens ?? [x]) : '')).join('\n'))}`);
          for (const sub of item.tokens.filter((x) => x.type === 'list' || x.type === 'code')) out.push(`.RS 2\n${blocks([sub])}\n.RE`);
        });
        break;
      case 'table':
        // a table of terms: the first cell is the term, the others its description
        for (const row of t.rows) {
          out.push(`.TP\n${para(inline(row[0].tokens))}\n${para(row.slice(1).map((c) => inline(c.tokens)).filter((x) => x !== '').join(' \\(em '))}`);
        }
        break;
      case 'blockquote':
        out.push(`.RS 4\n${blocks(t.tokens)}\n.RE`);
        break;
      case 'hr':
      case 'space':
      case 'html':
        break;
      default:
        out.push(`.PP\n${para(esc(t.raw))}`);
    }
  }
  return out.join('\n');
}

// ---- the program's help

/** The text commander adds after a command's help (notes, examples), caught as it is written. */
function afterHelp(cmd) {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => (text += s), writeErr: (s) => (text += s), getOutHelpWidth: () => 200 });
  cmd.outputHelp();
  const main = cmd.helpInformation();
  return text.startsWith(main) ? text.slice(main.length).replace(/^\n+/, '').replace(/\s+$/, '') : '';
}

/** The after-help text: example lines as a literal block, the rest as paragraphs. */
function notes(text) {
  const out = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n');
    const ex = lines.findIndex((l) => /^\s+\$ /.test(l));
    const head = ex < 0 ? lines : lines.slice(0, ex);
    if (head.length > 0) out.push(`.PP\n${para(esc(head.join('\n')))}`);
    if (ex >= 0) out.push(codeBlock(lines.slice(ex).map((l) => l.replace(/^ {2}/, '')).join('\n')));
  }
  return out.join('\n');
}

function options(cmd) {
  const help = cmd.createHelp();
  return help
    .visibleOptions(cmd)
    .map((o) => `.TP\n${lit(help.optionTerm(o)).replace(/(\\-\\-?[\w\\-]+)/g, '\\fB$1\\fR')}\n${para(esc(help.optionDescription(o)))}`)
    .join('\n');
}

function commandSection(cmd) {
  const help = cmd.createHelp();
  const out = [`.SS "skadekalk ${lit(help.commandUsage(cmd)).replace(/^skadekalk /, '')}"`, `.PP\n${para(esc(cmd.description()))}`];
  const args = help.visibleArguments(cmd);
  if (args.length > 0) out.push(...args.map((a) => `.TP\n\\fI${lit(help.argumentTerm(a))}\\fR\n${para(esc(help.argumentDescription(a)))}`));
  out.push(options(cmd));
  const after = afterHelp(cmd);
  if (after !== '') out.push(notes(after));
  return out.join('\n');
}

// ---- the page

export function manPage() {
  const cli = require(`${root}dist/cli.cjs`);
  const program = cli.buildProgram(['node', 'skadekalk'], cli.COMMANDS);
  const commands = program.commands;
  const docs = (file) => lexer(readFileSync(`${root}docs/${file}`, 'utf8'));
  const sections = [
    `.\\" -*- coding: UTF-8 -*-`,
    `.\\" Generated by scripts/man.mjs from the program's --help and docs/*.md: edit those, then run npm run man.`,
    `.TH SKADEKALK 1 "" "skadekalk ${cli.VERSION}" "User Commands"`,
    '.SH NAME',
    'skadekalk \\- claims calculator and policy-document parser for Norwegian non-life insurance',
    '.SH SYNOPSIS',
    ...commands.map((c) => `.B skadekalk\n${lit(c.createHelp().commandUsage(c)).replace(/^skadekalk /, '')}\n.br`),
    '.B skadekalk\n\\-\\-version | \\-\\-help | help [\\fIcommand\\fR]',
    '.SH DESCRIPTION',
    `.PP\n${para(esc(program.description()))}`,
    '.SH OPTIONS',
    '.PP\nThese go before or after the command.',
    options(program),
    '.SH COMMANDS',
    ...commands.map(commandSection),
  ];
  for (const [file, name] of PAGES) {
    let text;
    try {
      text = docs(file);
    } catch {
      continue; // a page not written yet
    }
    sections.push(`.SH "${name}"`, blocks(text));
  }
  sections.push(
    '.SH "EXIT STATUS"',
    '.TP\n0\nsuccess',
    '.TP\n1\na check found discrepancies (renewal \\-\\-to, settle \\-\\-expect)',
    '.TP\n2\nusage error or invalid input (also: no command at all)',
    '.TP\n70\nan internal error: a bug (please report it with the \\-\\-debug output)',
    '.SH ENVIRONMENT',
    '.TP\nNO_COLOR\nno colour in text output (unless FORCE_COLOR is set)',
    '.TP\nFORCE_COLOR\ncolour even when stdout is not a terminal (\\-\\-no\\-color still turns it off)',
    '.TP\nTERM\nTERM=dumb: no colour',
    '.TP\nCOLUMNS\nthe width of text output when stdout is not a terminal (default 80)',
    '.SH "SEE ALSO"',
    '.PP\nThe docs/ folder of the package (the same manual as markdown pages); \\fBskadekalk completion\\fR for shell completion.',
  );
  return `${sections.filter((s) => s !== '').join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const page = manPage();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUT, 'utf8');
    } catch {
      /* missing: not current */
    }
    if (current !== page) {
      console.error('man/skadekalk.1 is not current: run npm run build && npm run man');
      process.exit(1);
    }
  } else {
    mkdirSync(`${root}man`, { recursive: true });
    writeFileSync(OUT, page);
    console.log(`wrote ${OUT}`);
  }
}
