// Size of the build: every file of the extension directory, raw and gzipped (node:zlib at
// its default level, roughly what a store download or an update costs), and each site's
// content script (a manifest.content_scripts entry, its js and css summed): what a page of
// that site loads.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface SizeResult {
  files: FileSize[];
  total: { bytes: number; gzipBytes: number };
  /** One per content script entry of the manifest: what a page on its hosts loads. */
  contentScripts: ContentScriptSize[];
}

export interface ContentScriptSize {
  files: string[];
  /** The hosts it runs on (its match patterns). */
  matches: string[];
  bytes: number;
  gzipBytes: number;
}

export function measureSize(dir: string): SizeResult {
  const files: FileSize[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const data = readFileSync(path);
    files.push({ file: relative(dir, path), bytes: data.length, gzipBytes: gzipSync(data).length });
  }
  files.sort((a, b) => a.file.localeCompare(b.file));
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  };
  const sum = (list: FileSize[]) => ({
    bytes: list.reduce((n, f) => n + f.bytes, 0),
    gzipBytes: list.reduce((n, f) => n + f.gzipBytes, 0),
  });
  return {
    files,
    total: sum(files),
    contentScripts: (manifest.content_scripts ?? []).map((script) => {
      const names = [...(script.js ?? []), ...(script.css ?? [])];
      return {
        files: names,
        matches: script.matches ?? [],
        ...sum(files.filter((f) => names.includes(f.file))),
      };
    }),
  };
}
