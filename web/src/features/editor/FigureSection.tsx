import type { ReactNode } from 'react';
import { type CsvCell, downloadCsv, toCsv } from './csv';

/**
 * One of the yearly figures: a heading, an optional chart, the same numbers as a table (the
 * chart's accessible form, and what a screen reader reads), and a CSV download of the table.
 */
export function FigureSection({
  id,
  title,
  chart,
  header,
  rows,
  fileName,
}: {
  id: string;
  title: string;
  chart?: ReactNode;
  header: string[];
  rows: CsvCell[][];
  fileName: string;
}) {
  return (
    <section aria-labelledby={`${id}-tittel`} className="figure-section">
      <h2 id={`${id}-tittel`}>{title}</h2>
      {chart && (
        <figure className="chart" aria-describedby={`${id}-tabell`}>
          {chart}
          <figcaption className="hint">Tallene står i tabellen under.</figcaption>
        </figure>
      )}
      {/* Focusable, so a keyboard can scroll a table wider than the screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tabell: ${title}`}>
        <table id={`${id}-tabell`} className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              {header.map((h, i) => (
                <th key={h} scope="col" className={i > 0 ? 'numeric' : undefined}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className={typeof cell === 'number' ? 'numeric' : undefined}>
                      {typeof cell === 'number' ? cell.toLocaleString('nb-NO') : cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="button button--secondary" onClick={() => downloadCsv(fileName, toCsv(header, rows))}>
        Last ned som CSV<span className="visually-hidden">: {title}</span>
      </button>
    </section>
  );
}
