import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// The README and package.json say which Node versions run this project. npm warns (EBADENGINE) for
// any installed package that says otherwise: every package in the lockfile must accept each of them.
const SUPPORTED = ['20.19.0', '22.13.0', '24.0.0'];

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('supported Node versions', () => {
  it('refuses, in package.json, the versions some package would refuse', () => {
    for (const version of ['20.18.0', '22.12.0', '23.11.0', '25.0.0']) expect(semver.satisfies(version, manifest.engines.node), version).toBe(false);
  });

  it.each(SUPPORTED)('Node %s is within package.json engines and accepted by every locked package', (version) => {
    expect(semver.satisfies(version, manifest.engines.node)).toBe(true);
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && !Array.isArray(entry.engines) && entry.engines?.node)
      .filter(([, entry]) => !semver.satisfies(version, (entry.engines as { node: string }).node, { includePrerelease: true }))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
