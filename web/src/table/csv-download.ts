// Saves records as a CSV file on the person's machine (a Blob link; nothing is uploaded).
import { unparse } from 'papaparse';

export function downloadCsv(fileName: string, records: readonly Record<string, string | number>[]): void {
  // A byte-order mark so that Excel reads the UTF-8 names (Kabupaten ...) correctly.
  const blob = new Blob(['\uFEFF', unparse([...records])], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
