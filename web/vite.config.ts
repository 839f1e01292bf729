/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";

// Dev mode (hot reload): `/api` goes to the gateway `make up` runs (OUVRAGE_GATEWAY_URL, by default
// http://127.0.0.1:8080), so the app sees the same routes, headers and cookies as when the gateway
// serves the build. identity's session cookie is Secure: open http://localhost:5173 (browsers
// treat localhost as secure), not 127.0.0.1.
const gateway = process.env.OUVRAGE_GATEWAY_URL ?? "http://127.0.0.1:8080";
const proxy = { "/api": { target: gateway, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  server: { proxy },
  preview: { proxy },
  build: { target: "es2022", sourcemap: false },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
