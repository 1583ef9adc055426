/** What npm publishes: the built nodes and credentials, README and LICENSE; no source maps or type declarations. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
	license: string;
	repository?: { type: string; url: string };
};

it('ships a LICENSE matching package.json, and names its repository', () => {
	expect(manifest.license).toBe('MIT');
	expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
	expect(manifest.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/.+\.git$/) });
});

it('builds no source maps or declarations into the package', () => {
	const build = JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')) as {
		compilerOptions: Record<string, unknown>;
	};
	expect(build.compilerOptions).toMatchObject({ sourceMap: false, declaration: false });
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
	) as Array<{ files: Array<{ path: string }> }>;
	const paths = packed.files.map((f) => f.path);
	expect(paths).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
	expect(paths.filter((p) => /\.(map|d\.ts)$/.test(p))).toEqual([]);
});
