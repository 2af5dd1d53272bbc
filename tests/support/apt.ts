// Installing what the browser tests need the way this machine can: Debian's packages with
// apt-get when running as root (as `.ci/run` does in one step). Elsewhere nothing is
// installed: the caller says, in one sentence, which command to run.
import { execFileSync, spawnSync } from 'node:child_process';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Whether `command` is on the PATH. */
export const has = (command: string) =>
  spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Installs `packages` with apt-get when this is root on Debian; false when it cannot. */
export function aptInstall(packages: readonly string[], log: (line: string) => void): boolean {
  if (!isRoot() || !has('apt-get')) return false;
  log(`Installing ${packages.join(', ')} with apt-get (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
    return true;
  } catch {
    log(`apt-get could not install ${packages.join(', ')}.`);
    return false;
  }
}
