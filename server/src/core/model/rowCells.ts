import type { Cell } from '../types';

/**
 * A row's cells by column key, read like a ReadonlyMap. The cells are held in column order in one array: a row has
 * at most seven cells, so finding one by its column is a short walk, and making a row costs one array instead of a
 * hash table filled key by key (a report has a hundred rows).
 */
export class RowCells implements ReadonlyMap<string, Cell> {
  /** The cells in column order; each knows its column. */
  readonly list: readonly Cell[];

  constructor(list: readonly Cell[]) {
    this.list = list;
  }

  get size(): number {
    return this.list.length;
  }

  get(column: string): Cell | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i].column === column) return list[i];
    return undefined;
  }

  has(column: string): boolean {
    return this.get(column) !== undefined;
  }

  values(): MapIterator<Cell> {
    return this.list.values();
  }

  keys(): MapIterator<string> {
    return this.list.map((c) => c.column).values();
  }

  entries(): MapIterator<[string, Cell]> {
    return this.list.map((c): [string, Cell] => [c.column, c]).values();
  }

  [Symbol.iterator](): MapIterator<[string, Cell]> {
    return this.entries();
  }

  forEach(callback: (cell: Cell, column: string, map: ReadonlyMap<string, Cell>) => void, thisArg?: unknown): void {
    for (const c of this.list) callback.call(thisArg, c, c.column, this);
  }
}

/** The cells of a row that could not be read. */
export const NO_CELLS = new RowCells([]);
