/**
 * Reading V8 CPU profiles (Chromium's over CDP, or main's through node:inspector): self time
 * per function and per package, so a profile says where the time went without opening DevTools.
 */

/** The parts of a V8 `.cpuprofile` this reads. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** One row of a summary: what, and its self time in ms. */
export interface SelfTime {
  what: string;
  ms: number;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function short(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const parts = url.split('/');
  return parts.slice(-2).join('/');
}

/** Package (node_modules name) or source folder of a frame's URL. */
function packageOf(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  const parts = url.split('/');
  return parts.slice(-3, -1).join('/') || url;
}

/** Self time per node id (ms). */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    // A sample's time is the gap to the next one (the last gets the mean).
    const us = deltas[i + 1] ?? (profile.endTime - profile.startTime) / Math.max(1, samples.length);
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + us / 1000);
  }
  return self;
}

/** The `top` functions by self time, and the `top` packages, idle and GC shown apart. */
export function summariseProfile(
  profile: CpuProfile,
  top = 15,
): {
  functions: SelfTime[];
  packages: SelfTime[];
  busyMs: number;
} {
  const self = selfTimes(profile);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let busyMs = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const what = IDLE.has(name) || url === '' ? name : `${name} ${short(url)}:${lineNumber + 1}`;
    byFunction.set(what, (byFunction.get(what) ?? 0) + ms);
    const pkg = IDLE.has(name) ? name : packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    if (name !== '(idle)') busyMs += ms;
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .map(([what, ms]) => ({ what, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return { functions: sorted(byFunction), packages: sorted(byPackage), busyMs };
}

/** The summary as text lines. */
export function formatSummary(title: string, profile: CpuProfile, top = 15): string {
  const { functions, packages, busyMs } = summariseProfile(profile, top);
  const rows = (list: SelfTime[]) =>
    list.map((r) => `  ${r.ms.toFixed(1).padStart(8)} ms  ${r.what}`);
  return [
    `${title}: ${busyMs.toFixed(1)} ms busy of ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms`,
    ' by package / folder:',
    ...rows(packages),
    ' by function (self time):',
    ...rows(functions),
  ].join('\n');
}
