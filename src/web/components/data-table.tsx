/**
 * A list of things as a table: one column heading each, one row per thing, the cell that names
 * the row as its row header (so a screen reader says which row a cell is in), a sentence
 * instead of an empty table, and the scrolling region every table has (scroll-table.tsx).
 * A page says only its columns; the markup that makes a table accessible is written here once.
 */
import type { Child } from "hono/jsx";
import type { Translate } from "../i18n/index.js";
import { ScrollTable } from "./scroll-table.js";

export interface Column<Row> {
  /** The heading; a column of buttons still needs one, visually hidden. */
  label: Child;
  cell: (row: Row) => Child;
  /** A class for one cell (a figure hidden for too few respondents). */
  cellClass?: (row: Row) => string | undefined;
}

interface DataTableProps<Row> {
  t: Translate;
  caption: string;
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** Shown instead of the table when there are no rows; nothing when the page says so elsewhere. */
  empty?: string;
  /** The column whose cell names its row: the first unless said; false when no one cell does. */
  rowHeader?: number | false;
  /** A class for a row that stands out (a total, a large difference). */
  rowClass?: (row: Row) => string | undefined;
  /**
   * On a phone each row a card of cells under their column's name, instead of a table to swipe:
   * for lists read a row at a time rather than compared down a column (scroll-table.tsx).
   */
  stack?: boolean;
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { t, caption, rows, columns, empty, rowHeader = 0, rowClass, stack = false } = props;
  if (rows.length === 0) return empty === undefined ? null : <p>{empty}</p>;
  // A heading that is markup (a visually hidden one over buttons) gives no label: the buttons say what they do.
  const label = (column: Column<Row>) => (stack && typeof column.label === "string" ? column.label : undefined);
  // A stacked table is display: block on a phone, and some browsers then stop telling a screen
  // reader it is a table; roles said outright keep the rows, cells and headers announced.
  const role = (name: string) => (stack ? name : undefined);
  return (
    <ScrollTable t={t} caption={caption} stack={stack}>
      <thead role={role("rowgroup")}>
        <tr role={role("row")}>
          {columns.map((column) => (
            <th scope="col" role={role("columnheader")}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role={role("rowgroup")}>
        {rows.map((row) => (
          <tr class={rowClass?.(row)} role={role("row")}>
            {columns.map((column, index) =>
              index === rowHeader ? (
                <th scope="row" role={role("rowheader")}>
                  {column.cell(row)}
                </th>
              ) : (
                <td class={column.cellClass?.(row)} data-label={label(column)} role={role("cell")}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
