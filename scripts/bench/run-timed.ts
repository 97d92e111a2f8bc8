/**
 * Runs a command as a child process under GNU time (`/usr/bin/time -v`), which reports the peak resident
 * memory and the CPU time of the whole tree it waited for (npm -> sh -> node, and Pagefind's backend):
 * Node's own resourceUsage() only sees itself.
 */
import { spawn } from 'node:child_process';

export interface TimedRun {
  code: number;
  wallMs: number;
  /** User plus system CPU time of the child and every descendant it waited for. */
  cpuMs: number;
  /** Largest resident set of the child or any descendant it waited for, in bytes. */
  peakRss: number;
  /** The last lines of stdout and stderr, for a failed run. */
  tail: string;
}

export function runTimed(command: string, args: readonly string[], cwd: string): Promise<TimedRun> {
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-v', command, ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  });
  child.stderr.on('data', (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  });
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const kb = /Maximum resident set size \(kbytes\): (\d+)/u.exec(out)?.[1];
      const cpu = (label: string) =>
        Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`, 'u').exec(out)?.[1] ?? 0);
      resolve({
        code: code ?? 1,
        wallMs: performance.now() - t0,
        cpuMs: (cpu('User') + cpu('System')) * 1000,
        peakRss: Number(kb ?? 0) * 1024,
        // The command's own last lines: GNU time's report (some 25 lines) would push a failure's reason out.
        tail: out
          .replace(/(?:Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/u, '')
          .split('\n')
          .slice(-40)
          .join('\n'),
      });
    });
  });
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
