/**
 * Reads a source file for the linters: regular files only, up to a size limit, decoded by its
 * byte-order mark (UTF-8, UTF-16 LE/BE), else as UTF-8, else as windows-1252 (legacy Danish
 * files: "Bekræft med MitID" saved by an old editor), and says which when it is not plain UTF-8.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** A settings file's text without a UTF-8 byte-order mark (editors on Windows write one). */
export const readConfigText = (file: string): string => readFileSync(file, 'utf8').replace(/^\uFEFF/, '');

export type Source = { text: string; note?: string } | { error: string };

function decode(bytes: Buffer): { text: string; note?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), note: 'read as UTF-16 (little-endian byte-order mark)' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), note: 'read as UTF-16 (big-endian byte-order mark)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), note: 'not valid UTF-8: read as windows-1252' };
  }
}

/** The file's text, or why it cannot be read. Never blocks on a pipe or device: it is refused before reading. */
export function readSource(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES): Source {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO without a writer would otherwise wait forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { error: 'not a regular file (a device, pipe or socket cannot be checked)' };
    if (stat.size > maxBytes) return { error: `larger than the size limit (${(stat.size / 1048576).toFixed(1)} MB > ${(maxBytes / 1048576).toFixed(1)} MB; raise it with --max-file-size)` };
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(bytes.subarray(0, read));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'a folder, not a file' : `cannot read it (${code ?? (error as Error).message})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
