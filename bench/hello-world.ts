/**
 * The floor for start-up and size: a React 19 hello world (one form, one button) built by the
 * same Vite and React plugin as the renderer, in a scratch folder inside the repo so it
 * resolves the very react and react-dom the app ships.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const MAIN = `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function Hello() {
  return (
    <form data-testid="create-form">
      <h1>Hello</h1>
      <input aria-label="Name" />
      <button type="submit" data-testid="create-submit">Create</button>
    </form>
  );
}

createRoot(document.getElementById('root')).render(<StrictMode><Hello /></StrictMode>);
`;

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>Hello</title></head>
  <body><div id="root"></div><script type="module" src="/main.jsx"></script></body>
</html>
`;

/** Builds the hello world; returns the folder holding its index.html. */
export async function buildHelloWorld(): Promise<string> {
  const root = resolve('test-output/bench/hello-world');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'main.jsx'), MAIN);
  writeFileSync(join(root, 'index.html'), HTML);
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root,
    base: './',
    configFile: false,
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir: join(root, 'dist'), emptyOutDir: true },
  });
  return join(root, 'dist');
}
