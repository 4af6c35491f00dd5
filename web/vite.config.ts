import { defineConfig } from 'vite'

// The Go API serves dist/ (go:embed) at `/`; the API itself is at the same origin.
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080', '/config.json': 'http://127.0.0.1:8080' } },
})
