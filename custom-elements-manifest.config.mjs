// The custom-elements manifest (custom-elements.json) for editors, Storybook and docs tools.
export default {
  globs: ['src/components/**/*.ts', 'src/index.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
