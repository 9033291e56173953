/** This tool's version (package.json's, checked by a test): `--version`, the CLI's User-Agent. */
export const VERSION = '0.1.0'
