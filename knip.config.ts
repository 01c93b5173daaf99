import type { KnipConfig } from 'knip'

// `npm run lint` fails on files, exports and dependencies that nothing uses. Tests and benchmarks are entries:
// what only they use (a page model, a measure name) counts as used.
const config: KnipConfig = {
  entry: ['src/renderer/src/workers/*.ts', 'scripts/*.{mjs,ts}', 'bench/*.ts', 'bench/renderer/*.ts', 'test/**/*.ts'],
  project: ['src/**/*.{ts,vue}', 'scripts/**/*.{mjs,ts}', 'bench/**/*.ts', 'test/**/*.ts'],
  // An export its own file uses is part of that file's design, not dead code.
  ignoreExportsUsedInFile: true,
  // The security scan stands in for the scanner's own HTTP client by its resolved path; the project never loads it.
  ignoreDependencies: ['got'],
  // Debian's tools that the tests use as independent readers (poppler, zbar, libxml2, Saxon on Java); .ci/run installs them.
  ignoreBinaries: ['pdftotext', 'pdffonts', 'pdfinfo', 'pdftoppm', 'pdfimages', 'zbarimg', 'xmllint', 'java'],
}

export default config
