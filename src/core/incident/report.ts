// The incident report for the team's review, as Markdown (to read) and JSON
// (to keep or process): what went out, when it was noticed, each step and when
// it was done, and the notes. Built from the guide's state alone.
import { platformInfo } from '../platforms';
import type { Incident } from './state';
import { STEP_TITLE_KEYS, checklist } from './steps';
import type { Text } from '../localizable';
import { fileStamp, localStamp, minutesBetween } from './time';

export const REPORT_FORMAT = 'postguard-incident-report';
export const REPORT_VERSION = 1;
export type ReportFormat = 'markdown' | 'json';

const EXTENSION: Record<ReportFormat, string> = { markdown: 'md', json: 'json' };
export const REPORT_MIME: Record<ReportFormat, string> = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json',
};

/** postguard-incident-2026-11-21T10-32.md: named after when the post was noticed (local time). */
export function reportFileName(incident: Incident, format: ReportFormat): string {
  return `postguard-incident-${fileStamp(new Date(incident.openedAt))}.${EXTENSION[format]}`;
}

export function reportJson(incident: Incident, exportedAt: Date): string {
  const { post } = incident;
  const report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    incidentId: incident.id,
    exportedAt: exportedAt.toISOString(),
    organization: incident.organization || null,
    post: {
      source: post.fromLog ? 'audit-log' : 'entered',
      corrected: post.corrected,
      platform: post.platform,
      account: post.account || null,
      role: post.role,
      postedAt: post.at,
      page: post.page,
      text: post.post ?? null,
    },
    noticedAt: incident.openedAt,
    minutesToNotice: minutesBetween(post.at, incident.openedAt),
    steps: checklist(incident).map((item) => ({
      step: item.step,
      done: item.doneAt !== null,
      doneAt: item.doneAt,
      minutesAfterNoticed: item.minutesAfterNoticed,
    })),
    notes: incident.notes,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Text that a Markdown reader shows as it is (no emphasis, links or HTML from a name), on one line. */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/gu, ' ').replace(/[\\`*_[\]<>|~&]/gu, (char) => `\\${char}`);
}

/** A code span (shown as typed, on one line), however many backticks `value` holds. */
export function codeSpan(value: string): string {
  const flat = value.replace(/\s+/gu, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/gu)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced block longer than any run of backticks or tildes in `value`, so it cannot be closed early. */
export function fenced(value: string): string {
  const longest = Math.max(2, ...[...value.matchAll(/`+|~+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${value}\n${fence}`;
}

function platformName(incident: Incident, text: Text): string {
  const { platform } = incident.post;
  return text(platform ? platformInfo(platform).nameKey : 'incident_report_unknown');
}

function whatHappened(
  incident: Incident,
  text: Text,
  role: (r: Incident['post']['role']) => string,
) {
  const { post } = incident;
  const unknown = text('incident_report_unknown');
  const account = post.account.trim() ? codeSpan(post.account.trim()) : unknown;
  const source = post.fromLog
    ? post.corrected
      ? text('incident_report_source_log_corrected')
      : text('incident_report_source_log')
    : text('incident_report_source_entered');
  const lines = [
    `## ${text('incident_report_what')}`,
    '',
    `- ${text('incident_report_platform', [platformName(incident, text)])}`,
    `- ${text('incident_report_account', [account, role(post.role)])}`,
    `- ${text('incident_report_posted_at', [localStamp(post.at) ?? unknown])}`,
    `- ${text('incident_report_page', [post.page ? codeSpan(post.page) : unknown])}`,
    `- ${source}`,
    '',
  ];
  if (post.post === undefined) lines.push(text('incident_report_no_text'));
  else lines.push(text('incident_report_post_as_logged'), '', fenced(post.post));
  return lines;
}

function whenNoticed(incident: Incident, text: Text) {
  const noticed = localStamp(incident.openedAt) ?? '';
  const minutes = minutesBetween(incident.post.at, incident.openedAt);
  return [
    `## ${text('incident_report_noticed_heading')}`,
    '',
    minutes === null
      ? text('incident_report_noticed', [noticed])
      : text('incident_report_noticed_after', [noticed, String(minutes)]),
  ];
}

function steps(incident: Incident, text: Text) {
  return [
    `## ${text('incident_report_steps')}`,
    '',
    ...checklist(incident).map(({ step, doneAt, minutesAfterNoticed }) => {
      const title = text(STEP_TITLE_KEYS[step]);
      return doneAt === null
        ? `- [ ] ${title}: ${text('incident_report_step_open')}`
        : `- [x] ${title}: ${text('incident_report_step_done', [
            localStamp(doneAt) ?? '',
            String(minutesAfterNoticed ?? 0),
          ])}`;
    }),
  ];
}

/**
 * The report as Markdown. `role` names a role in words (the page's roleWord). The
 * notes are the person's own Markdown and go in as written.
 */
export function reportMarkdown(
  incident: Incident,
  exportedAt: Date,
  text: Text,
  role: (r: Incident['post']['role']) => string,
): string {
  const organization = incident.organization.trim();
  const notes = incident.notes.trim();
  const lines = [
    `# ${text('incident_report_title')}`,
    '',
    organization
      ? text('incident_report_meta', [escapeMarkdown(organization), incident.id])
      : text('incident_report_meta_unnamed', [incident.id]),
    text('incident_report_exported', [localStamp(exportedAt.toISOString()) ?? '']),
    '',
    ...whatHappened(incident, text, role),
    '',
    ...whenNoticed(incident, text),
    '',
    ...steps(incident, text),
    '',
    `## ${text('incident_report_notes')}`,
    '',
    notes || text('incident_report_no_notes'),
  ];
  return `${lines.join('\n')}\n`;
}
