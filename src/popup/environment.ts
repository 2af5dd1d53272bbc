// The browser, its version and the operating system, for a bug report: names
// and version numbers only, never the whole user-agent string (which can
// carry more than a ticket needs). Read by the popup, in the same browser as
// the tab it describes: the content script, which runs in every page of a site,
// carries only what it alone can read (content/diagnostics/report.ts).
import browser from 'webextension-polyfill';

export interface DiagnosticsEnvironment {
  /** E.g. `Chrome 156`, `Firefox 140.0`. */
  browser: string;
  /** E.g. `Linux`, `Windows`, `macOS`. */
  os: string;
  /** Postguard's version, from its manifest. */
  extension: string;
}

interface UserAgentBrand {
  brand: string;
  version: string;
}
interface NavigatorWithUAData {
  userAgent: string;
  userAgentData?: { brands?: readonly UserAgentBrand[]; platform?: string };
}

/** The browsers Postguard runs in; Edge's user agent names Chrome too, so it comes first. */
const KNOWN_BROWSERS: readonly [string, RegExp][] = [
  ['Edge', /\bEdg\/([\d.]+)/u],
  ['Firefox', /\bFirefox\/([\d.]+)/u],
  ['Chrome', /\bChrome\/([\d.]+)/u],
];
/** userAgentData brands, most specific first (Edge and Chrome also name Chromium). */
const BRAND_ORDER = ['Microsoft Edge', 'Google Chrome', 'Chromium'];

const OPERATING_SYSTEMS: readonly [string, RegExp][] = [
  ['Windows', /Windows/u],
  ['Android', /Android/u],
  ['macOS', /Macintosh/u],
  ['ChromeOS', /CrOS/u],
  ['Linux', /Linux/u],
];

const versionOnly = (version: string) => version.replace(/[^\d.]/gu, '').slice(0, 20);
/** A name as a ticket shows it: letters, digits, spaces and dots only. */
const plain = (name: string) => name.replace(/[^\w .-]/gu, '').slice(0, 40);

export function browserOf(nav: NavigatorWithUAData): string {
  const brands = nav.userAgentData?.brands ?? [];
  for (const name of BRAND_ORDER) {
    const brand = brands.find((b) => b.brand === name);
    if (brand) return `${name} ${versionOnly(brand.version)}`;
  }
  for (const [name, pattern] of KNOWN_BROWSERS) {
    const version = pattern.exec(nav.userAgent)?.[1];
    if (version) return `${name} ${versionOnly(version)}`;
  }
  return 'unknown';
}

/** What Chromium's userAgentData.platform says, for the systems it runs on. */
const KNOWN_PLATFORMS = ['Windows', 'macOS', 'Linux', 'Android', 'Chrome OS', 'ChromeOS'];

export function osOf(nav: NavigatorWithUAData): string {
  const platform = nav.userAgentData?.platform;
  if (platform && KNOWN_PLATFORMS.includes(platform)) return platform;
  return OPERATING_SYSTEMS.find(([, pattern]) => pattern.test(nav.userAgent))?.[0] ?? 'unknown';
}

export function readEnvironment(win: Window): DiagnosticsEnvironment {
  let extension = 'unknown';
  try {
    extension = plain(browser.runtime.getManifest().version);
  } catch {
    // A context that has lost the extension (updated or reloaded): the rest still helps.
  }
  const nav = win.navigator as unknown as NavigatorWithUAData;
  return { browser: browserOf(nav), os: osOf(nav), extension };
}
