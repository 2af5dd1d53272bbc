// Size of the build: every file of the extension directory, raw and gzipped (node:zlib at
// its default level, roughly what a store download or an update costs), and each site's
// content script (a manifest.content_scripts entry, its js and css summed; and the scripts
// the worker registers at run time on the servers a person allows, Mastodon's, whose
// matches are then `https://<server>/*`): what a page of that site loads.
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
  const inManifest = (manifest.content_scripts ?? []).map((script) => ({
    files: [...(script.js ?? []), ...(script.css ?? [])],
    matches: script.matches ?? [],
  }));
  const listed = new Set(inManifest.flatMap((script) => script.files));
  // Built as content-<platform>.js but not in the manifest: registered by the worker.
  const registered = files
    .filter((f) => /^content-[a-z0-9-]+\.js$/u.test(f.file) && !listed.has(f.file))
    .map((f) => ({ files: [f.file], matches: ['https://<server>/*'] }));
  return {
    files,
    total: sum(files),
    contentScripts: [...inManifest, ...registered].map((script) => ({
      ...script,
      ...sum(files.filter((f) => script.files.includes(f.file))),
    })),
  };
}
