// The tone check's figures as `npm run bench` prints them (bench/tone.ts measures them).
import type { ToneFigures } from './tone';

const pct = (rate: number) => `${(100 * rate).toFixed(rate > 0 && rate < 0.1 ? 2 : 0)} %`;
const of = (f: { caught?: number; flagged?: number; of: number; rate: number }) =>
  `${f.caught ?? f.flagged} of ${f.of} (${pct(f.rate)})`;

export function toneTable(tone: ToneFigures | null): string {
  if (!tone) return 'Tone check: ../shared/tone/ not found, not measured.';
  const { recall, falsePositives: fp, style } = tone;
  return [
    `Tone check (../shared/tone, threshold ${tone.threshold}; a sweep on half A alone picks ${tone.sweptThreshold}):`,
    `  recall on the detectable slips: half A (tuned on) ${of(recall.halfA)}, half B (not) ${of(recall.halfB)}, all ${of(recall.all)}; goal ≥ 60 %`,
    `  false positives: official ${of(fp.official)} (goal ≤ 1 %), ordinary ${of(fp.corporate)}, campaign ${of(fp.campaign)} (for reference)`,
    `  banned-terms baseline: ${of(tone.baselineRecall)}`,
    `  evaluate with the tone check: 280 characters p50 ${tone.evaluateMs.chars280.p50} / p99 ${tone.evaluateMs.chars280.p99} ms (target p99 ≤ 1), 2,000 characters p50 ${tone.evaluateMs.chars2000.p50} / p99 ${tone.evaluateMs.chars2000.p99} ms (≤ 5)`,
    `  style profiles (official vs campaign voice, 2 folds): the cue on official posts ${of(style.officialStyleCue)}, on campaign posts ${of(style.campaignStyleCue)}; a profile ${style.profileBytes} bytes, the book at most ${style.bookBytesBound}`,
    ...tone.caught.map((c) => `  caught ${c.id} (${c.half}, ${c.score}): ${c.cues.join('; ')}`),
    ...tone.missed.map(
      (c) => `  missed ${c.id} (${c.half}, ${c.score}): ${c.cues.join('; ') || 'no cue'}`,
    ),
  ].join('\n');
}
