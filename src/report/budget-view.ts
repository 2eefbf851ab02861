import { Chalk } from 'chalk';
import { balanceTotals, computedTotals, derivedCells, type BudgetView } from '../core/budget.js';
import { formatAmount } from '../core/money.js';
import { createTranslator, type Lang, type Messages } from '../i18n/index.js';

const messages: Messages<'budget.stated' | 'budget.difference' | 'budget.computedFrom'> = {
  en: { 'budget.stated': 'stated', 'budget.difference': 'difference', 'budget.computedFrom': '= {parts}' },
  sv: { 'budget.stated': 'angivet', 'budget.difference': 'skillnad', 'budget.computedFrom': '= {parts}' },
  nb: { 'budget.stated': 'oppgitt', 'budget.difference': 'differanse', 'budget.computedFrom': '= {parts}' },
};

type Cell = { text: string; mark?: '✔' | '✖'; style?: 'bold' | 'bad' | 'good' | 'dim' };
type Line = { label: string; cells: Cell[]; indent?: number; style?: 'bold' | 'dim' };

/**
 * A plan's budget as aligned tables for the terminal: the rows, the sum the tool computes, and
 * under it the sum the plan states, with every difference marked, so a coordinator sees at a glance
 * which figure to correct.
 */
export function formatBudget(view: BudgetView, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const t = createTranslator(lang, messages);
  const blocks: string[] = [];

  for (const table of view.tables) {
    const computed = computedTotals(table);
    // Worked-out columns (a deviation, a row total) follow the figures; a stated one that differs is marked.
    const derived = (row: { amounts: readonly (number | null)[]; stated?: { amounts: readonly (number | null)[] } }): Cell[] =>
      derivedCells(table, { label: '', amounts: row.amounts, path: [] }).map((value, i) => {
        const given = row.stated?.amounts[i];
        return given !== null && given !== undefined && given !== value && !Number.isNaN(value) ? { ...amountCell(value), mark: '✖', style: 'bad' } : amountCell(value);
      });
    const lines: Line[] = table.rows.map((row) => ({
      label: row.note ? `${row.label} ${row.note}` : row.label,
      cells: [...table.columns.map((_, i) => amountCell(row.amounts[i])), ...derived(row)],
    }));
    const totals = [...computed.map(amountCell), ...derived({ amounts: computed })];
    lines.push({ label: table.totalLabel, style: 'bold', cells: totals.map((cell) => ({ ...cell, style: 'bold' as const })) });
    if (table.stated) lines.push(...statedLines(table.stated.amounts, computed, t));
    const columns = [...table.columns, ...(table.derived ?? []).map((column) => column.label)];
    blocks.push(layout(tableHeading(table.id, table.title), table.labelHeading ?? '', columns, lines, c));
  }

  for (const balance of view.balances) {
    const columns = view.tables.find((table) => table.id === balance.parts[0])?.columns ?? [];
    const expected = balanceTotals(view, balance);
    const lines: Line[] = [{ label: t('budget.computedFrom', { parts: balance.parts.join(' + ') }), style: 'bold', cells: expected.map((value) => ({ ...amountCell(value), style: 'bold' })) }];
    if (balance.stated.amounts.length > 0) lines.push(...statedLines(balance.stated.amounts, expected, t));
    blocks.push(layout(balance.title, '', columns, lines, c));
  }
  return blocks.join('\n') + (blocks.length ? '' : '\n');
}

/** "D.7.1: Stöd söks …", without saying a name twice where the id already is one ("6.3 Finansiering"). */
function tableHeading(id: string, title: string): string {
  if (title.startsWith(id)) return title;
  if (id.endsWith(title)) return id;
  return `${id}: ${title}`;
}

function amountCell(value: number | null | undefined): Cell {
  return { text: value === null || value === undefined ? '' : formatAmount(value) };
}

function statedLines(stated: readonly (number | null)[], computed: readonly (number | null)[], t: (id: string) => string): Line[] {
  const differences = computed.map((sum, i) => {
    const given = stated[i];
    // A sum that cannot be worked out (NaN) neither agrees nor differs.
    return given === null || given === undefined || Number.isNaN(sum) ? 0 : given - (sum ?? 0);
  });
  const lines: Line[] = [
    {
      label: t('budget.stated'),
      indent: 2,
      cells: computed.map((_, i) => {
        const given = stated[i];
        if (given === null || given === undefined) return { text: '' };
        if (Number.isNaN(computed[i])) return { text: formatAmount(given) };
        return differences[i] === 0 ? { text: formatAmount(given), mark: '✔', style: 'good' } : { text: formatAmount(given), mark: '✖', style: 'bad' };
      }),
    },
  ];
  if (differences.some((d) => d !== 0)) {
    lines.push({
      label: t('budget.difference'),
      indent: 2,
      cells: differences.map((d) => (d === 0 ? { text: '' } : { text: `${d > 0 ? '+' : '−'}${formatAmount(Math.abs(d))}`, style: 'bad' })),
    });
  }
  return lines;
}

function layout(title: string, labelHeading: string, columns: readonly string[], lines: readonly Line[], c: InstanceType<typeof Chalk>): string {
  // A ✔ or ✖ follows stated figures; other figures leave its room empty so that the digits line up.
  const pad = (cell: Cell) => (cell.text === '' ? '' : `${cell.text} ${cell.mark ?? ' '}`);
  const labelWidth = Math.max(labelHeading.length, ...lines.map((line) => line.label.length + (line.indent ?? 0)));
  const widths = columns.map((column, i) => Math.max(column.length + 2, ...lines.map((line) => pad(line.cells[i] ?? { text: '' }).length)));
  const paint = (text: string, style: Cell['style'] | Line['style']) =>
    style === 'bold' ? c.bold(text) : style === 'bad' ? c.red(text) : style === 'good' ? c.green(text) : style === 'dim' ? c.dim(text) : text;
  const out = [c.bold(title)];
  out.push(`  ${labelHeading.padEnd(labelWidth)}  ${columns.map((column, i) => `${column}  `.padStart(widths[i]!)).join(' ')}`.trimEnd());
  for (const line of lines) {
    const label = paint(`${' '.repeat(line.indent ?? 0)}${line.label}`.padEnd(labelWidth), line.style);
    const cells = columns.map((_, i) => {
      const cell = line.cells[i] ?? { text: '' };
      return paint(pad(cell).padStart(widths[i]!), cell.style);
    });
    out.push(`  ${label}  ${cells.join(' ')}`.trimEnd());
  }
  return out.join('\n') + '\n';
}
